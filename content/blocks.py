"""StreamField blocks shared by every page type that has a body.

Kept small and reusable: resources use them now, learning modules and lessons will add
their own blocks (scenario, reflection prompt, knowledge check) beside these. Every block
that shows something visual carries the text needed by people who cannot see or hear it:
images need alt text, videos need a transcript.
"""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from content.enums import CalloutStyle

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]
# Easy read: no headings below the page's own, no italics (harder to read), short lists.
EASY_READ_FEATURES = ["h2", "bold", "link", "ul"]
SHORT_TEXT_FEATURES = ["bold", "italic", "link", "ul"]


class TextBlock(blocks.RichTextBlock):
    """Rich text. Headings start at level 2: the page title is the one level-1 heading."""

    def __init__(self, features: list[str] | None = None, **kwargs: object) -> None:
        super().__init__(features=features or TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "content/blocks/text.html"
        label = "Text"
        description = "Paragraphs, headings, lists and links"
        preview_value = (
            "<h2>Before the meeting</h2><p>The coordinator meets everyone who is coming, "
            "so nobody walks in without knowing what will happen.</p>"
        )


class CalloutValue(blocks.StructValue):
    @property
    def style_label(self) -> str:
        return CalloutStyle(self["style"]).label


class CalloutBlock(blocks.StructBlock):
    """A boxed note that stands out from the text, labelled with its kind in words."""

    style = blocks.ChoiceBlock(choices=CalloutStyle.choices, default=CalloutStyle.INFORMATION)
    heading = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "content/blocks/callout.html"
        label = "Callout"
        value_class = CalloutValue
        description = "A short note set apart from the text: information, important or a tip"
        preview_value = {
            "style": CalloutStyle.IMPORTANT,
            "heading": "Keep it confidential",
            "text": "<p>Never write down a family's names or anything that identifies them.</p>",
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Describe what the image shows for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "content/blocks/image.html"
        label = "Image"
        description = "An image with alt text and an optional caption"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    link_text = blocks.CharBlock(
        required=False,
        max_length=150,
        help_text="What the link says. Leave blank to use the document's title.",
    )
    description = blocks.TextBlock(required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        template = "content/blocks/document.html"
        label = "Document download"
        description = "A document to download, with its type and size shown"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text="The address of the video, for example on YouTube or Vimeo.")
    title = blocks.CharBlock(max_length=150, help_text="Says what the video is about.")
    transcript = blocks.RichTextBlock(
        features=SHORT_TEXT_FEATURES,
        help_text="Everything said and shown, for people who cannot watch or hear the video.",
    )

    class Meta:
        icon = "media"
        template = "content/blocks/video.html"
        label = "Video"
        description = "An embedded video with its transcript"


class ResourceBodyBlock(blocks.StreamBlock):
    text = TextBlock()
    callout = CalloutBlock()
    image = ImageBlock()
    document = DocumentBlock()
    video = VideoBlock()


class EasyReadBodyBlock(blocks.StreamBlock):
    """Easy read: plain words, short sentences, pictures that help. Nothing else."""

    text = TextBlock(features=EASY_READ_FEATURES)
    image = ImageBlock()
