"""A small PDF writer for the blind86 corpus: text laid out at positions and written into the
content stream in the order a given producer writes it, with the fonts producers use.

Fonts: F1/F2 Helvetica and Helvetica-Bold (WinAnsi); F3/F4 the same with ligature glyphs
(/fi /fl /ffi /ff by a /Differences encoding, which text extraction gives as U+FB01...);
F5/F6 Times with a ToUnicode map that sends the ligatures to private-use code points
(U+F001, U+F002) and the bullet to U+F0B7, as some Mac and Symbol-font producers do."""
from __future__ import annotations

import zlib

LIG = {"ffi": "\x03", "fi": "\x01", "fl": "\x02", "ff": "\x04"}


def _cmap() -> bytes:
    chars = {1: 0xF001, 2: 0xF002, 3: 0xFB03, 4: 0xFB00, 0x95: 0xF0B7}
    for code in range(0x80, 0xA0):
        if code in chars:
            continue
        try:
            chars[code] = ord(bytes([code]).decode("cp1252"))
        except UnicodeDecodeError:
            pass
    entries = " ".join("<%02X> <%04X>" % (c, u) for c, u in sorted(chars.items()))
    return ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
            "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def "
            "1 begincodespacerange <00> <FF> endcodespacerange %d beginbfchar %s endbfchar "
            "2 beginbfrange <20> <7E> <0020> <A0> <FF> <00A0> endbfrange endcmap CMapName currentdict /CMap "
            "defineresource pop end end" % (len(chars), entries)).encode()


def _esc(data: bytes) -> bytes:
    out = bytearray()
    for b in data:
        if b in b"()\\":
            out += b"\\" + bytes([b])
        elif b < 0x20:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return bytes(out)


def encode(text: str, font: str) -> bytes:
    if font in ("F3", "F4", "F5", "F6"):
        for seq, code in LIG.items():
            text = text.replace(seq, code)
    return text.encode("cp1252", "replace")


def width(text: str, size: float) -> float:
    """A generous estimate of the width of text in Helvetica (so gaps measured from it are real)."""
    narrow = set("il.,;:'|!Ijtf()[] ")
    wide = set("MWmw@%")
    w = 0.0
    for ch in text:
        w += 0.30 if ch in narrow else 0.86 if ch in wide else 0.62 if ch.isupper() else 0.56
    return w * size


class Item:
    """One run of text at a position. mode: plain | kern | spaced | words | invisible."""

    def __init__(self, x, y, text, font="F1", size=9.0, mode="plain", tag="body"):
        self.x, self.y, self.text, self.font, self.size, self.mode, self.tag = x, y, text, font, size, mode, tag

    def ops(self, rng) -> bytes:
        head = b"BT /%s %g Tf 1 0 0 1 %.2f %.2f Tm " % (self.font.encode(), self.size, self.x, self.y)
        if self.mode == "invisible":
            return head + b"3 Tr (" + _esc(encode(self.text, self.font)) + b") Tj ET\n"
        if self.mode == "spaced":
            parts = []
            for ch in self.text:
                if ch == " ":
                    parts.append(b"( ) -600")
                else:
                    parts.append(b"(" + _esc(encode(ch, self.font)) + b") -380")
            return head + b"[" + b" ".join(parts) + b"] TJ ET\n"
        if self.mode == "kern":
            words = self.text.split(" ")
            parts = []
            for i, word in enumerate(words):
                chunk = word + (" " if i < len(words) - 1 else "")
                if len(chunk) > 4 and rng.random() < 0.5:
                    cut = rng.randint(1, len(chunk) - 2)
                    parts.append(b"(" + _esc(encode(chunk[:cut], self.font)) + b") %d (" % rng.choice([-18, -11, 7, 15, 22])
                                 + _esc(encode(chunk[cut:], self.font)) + b")")
                else:
                    parts.append(b"(" + _esc(encode(chunk, self.font)) + b")")
            return head + b"[" + b" ".join(parts) + b"] TJ ET\n"
        if self.mode == "words":
            out = [b"BT /%s %g Tf " % (self.font.encode(), self.size)]
            x = self.x
            for word in self.text.split(" "):
                if word:
                    out.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj " % (x, self.y, _esc(encode(word, self.font))))
                x += width(word, self.size) + 0.45 * self.size
            return b"".join(out) + b"ET\n"
        return head + b"(" + _esc(encode(self.text, self.font)) + b") Tj ET\n"


class Page:
    def __init__(self):
        self.stream: list[bytes] = []   # content-stream chunks, in the order written
        self.forms: list[bytes] = []    # form XObjects drawn with Do at the point they are listed
        self.image = False


def build(pages: list[Page], compress: bool = True, producer: str = "") -> bytes:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream_obj(data: bytes, dict_extra: bytes = b"") -> int:
        if compress:
            data = zlib.compress(data, 9)
            dict_extra += b" /Filter /FlateDecode"
        return add(b"<< /Length %d%b >>\nstream\n%b\nendstream" % (len(data), dict_extra, data))

    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")  # pages
    cmap = stream_obj(_cmap())
    diff = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /fi /fl /ffi /ff] >>"
    fonts = {
        "F1": add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        "F2": add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"),
        "F3": add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %b >>" % diff),
        "F4": add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %b >>" % diff),
        "F5": add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding %b /ToUnicode %d 0 R >>" % (diff, cmap)),
        "F6": add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding %b /ToUnicode %d 0 R >>" % (diff, cmap)),
    }
    font_dict = b"<< " + b" ".join(b"/%s %d 0 R" % (k.encode(), v) for k, v in fonts.items()) + b" >>"
    kids = []
    for page in pages:
        xobjs = []
        content = bytearray()
        for chunk in page.stream:
            if chunk.startswith(b"%FORM "):
                index = int(chunk.split()[1])
                content += b"q /Fm%d Do Q\n" % index
            else:
                content += chunk
        for i, form in enumerate(page.forms):
            fid = stream_obj(form, b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font %b >>" % font_dict)
            xobjs.append(b"/Fm%d %d 0 R" % (i, fid))
        if page.image:
            # a grey 8x8 "scan": an image and nothing else
            pixels = bytes((180 + (i * 37) % 60) for i in range(64))
            iid = stream_obj(pixels, b" /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8")
            xobjs.append(b"/Im0 %d 0 R" % iid)
            content += b"q 595 0 0 842 0 0 cm /Im0 Do Q\n"
        cid = stream_obj(bytes(content))
        res = b"<< /Font %b%b >>" % (font_dict, (b" /XObject << " + b" ".join(xobjs) + b" >>") if xobjs else b"")
        kids.append(add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %b /Contents %d 0 R >>" % (res, cid)))
    objects[1] = b"<< /Type /Pages /Kids [%b] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Producer (%b) >>" % _esc(producer.encode("cp1252"))) if producer else None
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%b >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, (b" /Info %d 0 R" % info) if info else b"", xref)
    return bytes(out)
