import sys
import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.test.utils import override_settings

from demo.loaders import DemoDataError
from demo.scale import Progress, ScaleDataRefused, Sizes, generate

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Fill an empty, migrated database with a council-sized service for make bench."

    def add_arguments(self, parser: CommandParser) -> None:
        defaults = Sizes()
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same data.")
        for name, help_text in (
            ("people", "people, the service manager included"),
            ("teams", "teams"),
            ("lessons", "lessons done (lesson completions)"),
            ("evidence", "evidence items people add (modules and observations add more)"),
            ("observations", "observations, at every status"),
            ("sessions", "mentoring sessions"),
            ("quarters", "quarters the records spread over, ending with this one"),
        ):
            parser.add_argument(
                f"--{name}",
                type=int,
                default=getattr(defaults, name),
                help=f"How many {help_text} (default {getattr(defaults, name):,}).",
            )
        parser.add_argument(
            "--password",
            default="",
            help="A password every generated person signs in with (default: none can).",
        )

    def handle(self, *args: object, **options: object) -> None:
        sizes = Sizes(**{name: options[name] for name in Sizes.__dataclass_fields__})
        if min(sizes.people, sizes.teams, sizes.quarters) < 1 or sizes.people < 2 * sizes.teams:
            raise CommandError("Give at least one team and quarter, and two people per team.")
        started = time.monotonic()
        bar = _Bar(self.stdout, started)
        try:
            # Generated people are told nothing: no email leaves for invented records.
            with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
                generate(
                    sizes,
                    seed=options["seed"],
                    progress=Progress(bar.draw),
                    password=options["password"],
                )
        except (ScaleDataRefused, DemoDataError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {sizes.people:,} people in {sizes.teams} teams in "
                f"{time.monotonic() - started:.0f} s (seed {options['seed']})."
            )
        )


class _Bar:
    """A one-line progress bar, redrawn in place on a terminal and every tenth otherwise."""

    def __init__(self, out: object, started: float) -> None:
        self.out = out
        self.started = started
        self.last = -1
        self.tty = sys.stdout.isatty()

    def draw(self, fraction: float, label: str) -> None:
        percent = int(fraction * 100)
        if percent == self.last or (not self.tty and percent // 10 == self.last // 10):
            return
        self.last = percent
        filled = int(fraction * BAR_WIDTH)
        line = (
            f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {percent:3d}% "
            f"{time.monotonic() - self.started:5.0f} s  {label:<24}"
        )
        if self.tty:
            self.out.write(f"\r{line}", ending="")
            self.out.flush()
        else:
            self.out.write(line)
