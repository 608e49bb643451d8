"""Generated media for the demo: avatars, news banners and small documents.

Everything is rendered in memory from the seed, so the same seed gives the
same bytes; files are stored under a name that ends in a hash of their
content, so a file already in storage is reused rather than copied again.
"""

from __future__ import annotations

import hashlib
import io
import random
from functools import lru_cache

from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

DOCUMENTS_COLLECTION = "Documenten"
NEWS_IMAGES_COLLECTION = "Nieuwsbeelden"
AVATAR_SIZE = 256
BANNER_SIZE = (1200, 675)

AVATAR_COLOURS = [
    "#1f5f8b", "#b0413e", "#23395d", "#2e7d4f", "#8a5a00", "#6a3d9a",
    "#00727d", "#a23b72", "#4b5d23", "#c0392b", "#34495e", "#7b4b2a",
]  # fmt: skip


def collection_named(name: str) -> Collection:
    """Return the collection with this name, creating it under the root once."""
    collection = Collection.objects.filter(name=name).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=name)
    return collection


@lru_cache(maxsize=4096)
def render_avatar(initials: str, colour: str) -> bytes:
    """Return a PNG with the initials in white on a square of the colour."""
    image = PillowImage.new("RGB", (AVATAR_SIZE, AVATAR_SIZE), colour)
    draw = ImageDraw.Draw(image)
    centre = AVATAR_SIZE // 2
    font = _font(AVATAR_SIZE * 2 // 5)
    draw.text((centre, centre), initials, font=font, fill="white", anchor="mm")
    return _png(image)


def render_banner(rng: random.Random, colour: str) -> bytes:
    """Return a 1200x675 JPEG of soft overlapping shapes on the colour."""
    width, height = BANNER_SIZE
    image = PillowImage.new("RGB", BANNER_SIZE, colour)
    overlay = PillowImage.new("RGBA", BANNER_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for _ in range(rng.randint(5, 9)):
        x, y = rng.randrange(width), rng.randrange(height)
        radius = rng.randint(80, 420)
        shade = rng.choice([(255, 255, 255), (0, 0, 0)])
        fill = (*shade, rng.randint(20, 60))
        box = (x - radius, y - radius, x + radius, y + radius)
        if rng.random() < 0.5:
            draw.ellipse(box, fill=fill)
        else:
            draw.rounded_rectangle(box, radius=radius // 4, fill=fill)
    image.paste(overlay, mask=overlay)
    font = _font(40)
    draw = ImageDraw.Draw(image)
    draw.text((48, height - 48), "Werkplek Leiemonde", font=font, anchor="ls")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Pillow's built-in font lacks letters such as Ç and Ö; DejaVu has them.
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def _png(image: PillowImage.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def content_name(folder: str, stem: str, content: bytes, extension: str) -> str:
    """Return a storage name that is unique to the content."""
    digest = hashlib.sha1(content, usedforsecurity=False).hexdigest()[:10]
    return f"{folder}/{stem[:60]}-{digest}.{extension}"


def store(storage, name: str, content: bytes) -> str:
    """Save the content under the name unless a file is there already."""
    if storage.exists(name):
        return name
    return storage.save(name, ContentFile(content))


def unsaved_image(title: str, stem: str, content: bytes, size, collection):
    """Store a PNG and return an unsaved Wagtail image row pointing at it."""
    image_model = get_image_model()
    storage = image_model._meta.get_field("file").storage
    name = store(
        storage, content_name("original_images", stem, content, "png"), content
    )
    return image_model(
        title=title,
        file=name,
        width=size[0],
        height=size[1],
        file_size=len(content),
        file_hash=hashlib.sha1(content, usedforsecurity=False).hexdigest(),
        collection=collection,
    )


def create_document(title: str, filename: str, lines: list[str], collection):
    """Store a small PDF or text file and create its Wagtail document."""
    stem, extension = filename.rsplit(".", 1)
    content = render_pdf(lines) if extension == "pdf" else _text(lines)
    document_model = get_document_model()
    storage = document_model._meta.get_field("file").storage
    name = store(storage, content_name("documents", stem, content, extension), content)
    document = document_model(
        title=title,
        file=name,
        collection=collection,
        file_size=len(content),
        file_hash=hashlib.sha1(content, usedforsecurity=False).hexdigest(),
    )
    document.save()
    return document


def _text(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def render_pdf(lines: list[str]) -> bytes:
    """Return a one-page A4 PDF showing the lines in Helvetica."""
    text = ["BT", "/F1 18 Tf", "56 770 Td", "24 TL"]
    for number, line in enumerate(lines):
        if number == 1:
            text.append("/F1 11 Tf")
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text.append(f"({escaped}) '")
    text.append("ET")
    stream = "\n".join(text).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
    ]
    return _pdf_file(objects)


def _pdf_file(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
