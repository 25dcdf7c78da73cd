extension DLPValidator {
    /// ISO 13616: a known country's length, then the number rearranged (first four characters to
    /// the end, letters as 10…35) leaves 1 when divided by 97. Spaces may group the characters;
    /// lower-case letters count as capitals.
    static func passesIBAN(_ match: Substring) -> Bool {
        let characters = Array(match.filter { $0 != " " }.uppercased())
        guard characters.count >= 5, let length = ibanLengths[String(characters[0..<2])], characters.count == length else { return false }
        var remainder = 0
        for character in characters[4...] + characters[0..<4] {
            guard character.isASCII, let value = character.isNumber ? character.wholeNumberValue : character.asciiValue.map({ Int($0) - 55 }),
                  (0...35).contains(value)
            else { return false }
            remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97
        }
        return remainder == 1 && characters[2].isNumber && characters[3].isNumber
    }

    /// IBAN lengths of the SEPA countries and a few neighbours, from the SWIFT IBAN registry.
    /// A number from a country not listed here is not reported.
    static let ibanLengths: [String: Int] = [
        "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
        "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28,
        "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31,
        "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    ]
}
