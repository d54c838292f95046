"""Blocks only lessons use: scenarios, reflection prompts and knowledge-check questions.

Question blocks hold the correct answers, so a lesson never renders them with its own
template: the learning app renders questions without answers and marks them on the server.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from content.blocks import (
    SHORT_TEXT_FEATURES,
    CalloutBlock,
    DocumentBlock,
    ImageBlock,
    TextBlock,
    VideoBlock,
)
from content.enums import QuestionKind


class ScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150)
    situation = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES)
    questions = blocks.RichTextBlock(
        features=SHORT_TEXT_FEATURES,
        required=False,
        help_text="Questions to think about. Never use real names or details of a family.",
    )

    class Meta:
        icon = "group"
        template = "content/blocks/scenario.html"
        label = "Scenario or case study"
        description = "A fictional situation to think through"


class ReflectionPromptBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(max_length=300, help_text="The question the learner answers.")
    guidance = blocks.TextBlock(
        required=False, max_length=600, help_text="Hints on what a good reflection covers."
    )

    class Meta:
        icon = "edit"
        label = "Reflection prompt"
        description = "The learner writes a private reflection; the module needs it to complete"


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False, help_text="Tick every correct answer.")
    feedback = blocks.TextBlock(
        max_length=600, help_text="Shown after the learner submits: why it is right or wrong."
    )

    class Meta:
        icon = "list-ul"
        label = "Option"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=400)
    kind = blocks.ChoiceBlock(choices=QuestionKind.choices, default=QuestionKind.SINGLE)
    options = blocks.ListBlock(OptionBlock(), min_num=2, max_num=8)

    class Meta:
        icon = "help"
        label = "Knowledge-check question"
        description = "Single or multiple choice, marked on the server, with feedback per option"

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        if correct == 0:
            raise StructBlockValidationError(
                block_errors={
                    "options": ErrorList([ValidationError("Mark at least one option correct.")])
                }
            )
        if value["kind"] == QuestionKind.SINGLE and correct > 1:
            raise StructBlockValidationError(
                block_errors={
                    "options": ErrorList(
                        [
                            ValidationError(
                                "A single-choice question has exactly one correct option."
                            )
                        ]
                    )
                }
            )
        return value


class LessonBodyBlock(blocks.StreamBlock):
    text = TextBlock()
    callout = CalloutBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    scenario = ScenarioBlock()
    reflection = ReflectionPromptBlock()
    question = QuestionBlock()
