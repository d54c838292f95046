from django import forms

from content.enums import ResourceKind
from content.selectors import resource_tags_visible_to
from people import access
from people.enums import Audience


class ResourceFilterForm(forms.Form):
    """The resource library's search and filters. Only offers what the reader may see."""

    q = forms.CharField(
        label="Search resources",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"class": "input input--search", "type": "search"}),
    )
    audience = forms.ChoiceField(
        label="Written for",
        required=False,
        widget=forms.Select(attrs={"class": "select"}),
        error_messages={"invalid_choice": "Choose who the resource is written for from the list"},
    )
    kind = forms.ChoiceField(
        label="Kind of resource",
        required=False,
        choices=[("", "Any kind"), *ResourceKind.choices],
        widget=forms.Select(attrs={"class": "select"}),
        error_messages={"invalid_choice": "Choose a kind of resource from the list"},
    )
    tag = forms.ChoiceField(
        label="Topic",
        required=False,
        widget=forms.Select(attrs={"class": "select"}),
        error_messages={"invalid_choice": "Choose a topic from the list"},
    )

    def __init__(self, *args: object, user: access.AnyUser, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        audiences = access.audiences_of(user)
        self.show_audience = len(audiences) > 1
        if self.show_audience:
            self.fields["audience"].choices = [
                ("", "Anyone"),
                *[(value, label) for value, label in Audience.choices if value in audiences],
            ]
        else:
            del self.fields["audience"]
        self.fields["tag"].choices = [
            ("", "Any topic"),
            *resource_tags_visible_to(user).values_list("slug", "name"),
        ]

    def filters(self) -> dict[str, str]:
        """The filters to apply: valid values only, so a tampered address narrows nothing open."""
        if not self.is_bound:
            return {"query": "", "audience": "", "kind": "", "tag": ""}
        self.is_valid()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-describedby"] = f"{self[name].auto_id}-error"
        data = self.cleaned_data
        return {
            "query": data.get("q", "").strip(),
            "audience": data.get("audience", ""),
            "kind": data.get("kind", ""),
            "tag": data.get("tag", ""),
        }
