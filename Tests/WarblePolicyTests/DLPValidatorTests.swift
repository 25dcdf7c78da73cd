import Testing
import WarblePolicy

@Suite("DLP validators")
struct DLPValidatorTests {
    @Test(
        "Luhn accepts card numbers with or without separators",
        arguments: [
            ("4111111111111111", true), ("4111 1111 1111 1111", true), ("4111-1111-1111-1111", true),
            ("5555 5555 5555 4444", true), ("378282246310005", true), ("6011-1111-1111-1117", true), ("79927398713", true),
            ("4111111111111112", false), ("4111 1111 1111 111a", false), ("4111_1111_1111_1111", false), ("0", false), ("", false),
        ]
    )
    func luhn(text: String, valid: Bool) {
        // act
        let accepted = DLPValidator.luhn.accepts(text[...])

        // validate
        #expect(accepted == valid)
    }

    @Test(
        "IBAN checks the country's length and the mod-97 check digits",
        arguments: [
            ("DE89 3704 0044 0532 0130 00", true), ("DE89370400440532013000", true), ("GB82 WEST 1234 5698 7654 32", true),
            ("gb82 west 1234 5698 7654 32", true), ("FR14 2004 1010 0505 0001 3M02 606", true), ("NL91 ABNA 0417 1643 00", true),
            ("BE68 5390 0754 7034", true), ("CH93 0076 2011 6238 5295 7", true), ("NO93 8601 1117 947", true),
            ("DE88 3704 0044 0532 0130 00", false), ("GB82 WEST 1234 5698 7654 33", false), ("DE89 3704 0044 0532 0130 0", false),
            ("XX89 3704 0044 0532 0130 00", false), ("DE89-3704-0044-0532-0130-00", false), ("DEAB 3704 0044 0532 0130 00", false),
        ]
    )
    func iban(text: String, valid: Bool) {
        // act
        let accepted = DLPValidator.iban.accepts(text[...])

        // validate
        #expect(accepted == valid)
    }
}
