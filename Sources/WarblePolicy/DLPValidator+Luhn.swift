extension DLPValidator {
    /// The Luhn checksum (ISO/IEC 7812): from the right, every second digit is doubled (less 9 when
    /// over 9); the sum must be a multiple of 10. Anything but digits, spaces and dashes fails.
    static func passesLuhn(_ match: Substring) -> Bool {
        var sum = 0
        var digits = 0
        for character in match.reversed() {
            if character == " " || character == "-" { continue }
            guard let digit = character.wholeNumberValue, character.isASCII else { return false }
            sum += digits % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit
            digits += 1
        }
        return digits >= 2 && sum % 10 == 0
    }
}
