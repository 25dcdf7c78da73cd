import Testing
import WarbleCore

@Suite("Post text: mentions, hashtags, links, length and HTML")
struct PostTextTests {
    static let links = PostText.Links(
        profile: { username, domain in domain == nil && username != "nobody" ? "https://w.example/@\(username)" : nil },
        tag: { "https://w.example/tags/\($0)" }
    )

    @Test("finds mentions, hashtags and links, and leaves look-alikes as text")
    func segments() {
        let text = PostText("Hi @alice and @Bob@other.example, see #Release_2 at https://intranet.example/a?b=1. mail@example.com a#b #1 @ # (https://x.example/p)")
        #expect(text.mentions.map(\.username) == ["alice", "bob"])
        #expect(text.mentions.map(\.domain) == [nil, "other.example"])
        #expect(text.hashtags == ["release_2"])
        #expect(text.segments.contains(.link("https://intranet.example/a?b=1")))
        #expect(text.segments.contains(.link("https://x.example/p")))
        #expect(!text.segments.contains { if case .mention(let name, _) = $0 { name == "example" } else { false } })
    }

    @Test("hashtags are normalised so that case and width do not split a tag")
    func tagNormalisation() {
        #expect(PostText("#Café #CAFÉ #ｃａｆé").hashtags == ["café"])
        #expect(PostText.isValidTag("warble_2026"))
        #expect(!PostText.isValidTag("2026"))
        #expect(!PostText.isValidTag("a-b"))
    }

    @Test("a repeated mention counts once, and a trailing dot ends a remote mention's domain")
    func repeatedMention() {
        let text = PostText("@carol @CAROL ping @dave@corp.example.")
        #expect(text.mentions.map(\.username) == ["carol", "dave"])
        #expect(text.mentions.last?.domain == "corp.example")
    }

    @Test("length counts characters as people see them and a link as 23")
    func weightedLength() {
        #expect(PostText("héllo 👍🏽").weightedLength == 7)
        #expect(PostText("see https://example.com/" + String(repeating: "a", count: 200)).weightedLength == 4 + PostText.linkWeight)
        #expect(PostText("@dave@corp.example hi").weightedLength == "@dave hi".count)
    }

    @Test("HTML escapes everything, links what resolves, and keeps paragraphs")
    func html() {
        let html = PostText("<script>alert('x')</script> & @alice @nobody #Tag\nline two\n\nnew https://e.example/?q=\"a\"").html(links: Self.links)
        #expect(html.hasPrefix("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "))
        #expect(html.contains(#"<span class="h-card"><a href="https://w.example/@alice" class="u-url mention">@<span>alice</span></a></span>"#))
        #expect(html.contains("@nobody"))
        #expect(!html.contains("/@nobody"))
        #expect(html.contains(#"<a href="https://w.example/tags/tag" class="mention hashtag" rel="tag">#<span>Tag</span></a><br />line two</p><p>new "#))
        #expect(html.contains(#"<a href="https://e.example/?q=" rel="nofollow noopener noreferrer" target="_blank">https://e.example/?q=</a>&quot;a&quot;"#))
        #expect(!html.contains("<script"))
    }

    @Test("javascript: and other schemes are never links")
    func schemes() {
        let text = PostText("javascript:alert(1) ftp://files.example http:// https://")
        #expect(!text.segments.contains { if case .link = $0 { true } else { false } })
    }
}
