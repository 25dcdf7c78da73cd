import Testing
import WarbleCore

@Suite("What an upload is, from its bytes")
struct MediaTypeTests {
    static func png(width: UInt32, height: UInt32) -> [UInt8] {
        func be(_ value: UInt32) -> [UInt8] { [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + be(width) + be(height) + [8, 6, 0, 0, 0]
    }

    @Test("images and documents are recognised whatever their name says")
    func recognised() {
        #expect(MediaType.sniff(Self.png(width: 3, height: 2)[...], fileName: "photo.exe") == .png)
        #expect(MediaType.sniff([0xFF, 0xD8, 0xFF, 0xE0][...], fileName: "x") == .jpeg)
        #expect(MediaType.sniff(Array("GIF89a....".utf8)[...], fileName: "x") == .gif)
        #expect(MediaType.sniff(Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)[...], fileName: "x") == .webp)
        #expect(MediaType.sniff(Array("%PDF-1.7\n".utf8)[...], fileName: "x.png") == .pdf)
        #expect(MediaType.sniff(([0x50, 0x4B, 0x03, 0x04] + Array("....[Content_Types].xml....word/document.xml".utf8))[...], fileName: "x") == .docx)
        #expect(MediaType.sniff(([0x50, 0x4B, 0x03, 0x04] + Array("....[Content_Types].xml....xl/workbook.xml".utf8))[...], fileName: "x") == .xlsx)
        #expect(MediaType.sniff(([0x50, 0x4B, 0x03, 0x04] + Array("..mimetypeapplication/vnd.oasis.opendocument.text".utf8))[...], fileName: "x") == .odt)
        #expect(MediaType.sniff(Array("name,amount\nanna,3\n".utf8)[...], fileName: "report.CSV") == .csv)
        #expect(MediaType.sniff(Array("meeting notes — café\n".utf8)[...], fileName: "notes") == .text)
    }

    @Test("active content, executables and unknown archives are refused")
    func refused() {
        #expect(MediaType.sniff(Array("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".utf8)[...], fileName: "a.png") == nil)
        #expect(MediaType.sniff(Array("  <!DOCTYPE html><html>".utf8)[...], fileName: "a.txt") == nil)
        #expect(MediaType.sniff([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1][...], fileName: "a.txt") == nil)
        #expect(MediaType.sniff(([0x50, 0x4B, 0x03, 0x04] + Array("payload/evil.sh".utf8))[...], fileName: "a.docx") == nil)
        #expect(MediaType.sniff([0xFF, 0xFE, 0x00, 0x41][...], fileName: "a.txt") == nil)
        #expect(MediaType.sniff([][...], fileName: "empty.txt") == nil)
    }

    @Test("image sizes come from PNG, GIF and JPEG headers; truncated headers give none")
    func sizes() {
        #expect(ImageSize.read(Self.png(width: 640, height: 480)[...], type: .png) == ImageSize(width: 640, height: 480))
        #expect(ImageSize.read(Array("GIF89a".utf8)[...] + [0x20, 0x01, 0x10, 0x00], type: .gif) == ImageSize(width: 288, height: 16))
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0x00, 0x02, 0x00, 0x03, 0, 0, 0]
        #expect(ImageSize.read(jpeg[...], type: .jpeg) == ImageSize(width: 512, height: 256))
        #expect(ImageSize.read(Self.png(width: 640, height: 480).prefix(18), type: .png) == nil)
        #expect(ImageSize.read([0xFF, 0xD8, 0xFF][...], type: .jpeg) == nil)
    }
}
