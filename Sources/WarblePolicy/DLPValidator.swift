/// A check a pattern's match must also pass to count, which keeps look-alikes (a 16-digit order
/// number, a word that starts with two capitals and two digits) from being reported.
public enum DLPValidator: String, Sendable, CaseIterable {
    /// Payment card numbers: the Luhn checksum over the digits; spaces and dashes may separate them.
    case luhn
    /// International bank account numbers: the length for the country and the mod-97 check digits.
    case iban

    /// Whether `match` passes the check.
    public func accepts(_ match: Substring) -> Bool {
        switch self {
        case .luhn: Self.passesLuhn(match)
        case .iban: Self.passesIBAN(match)
        }
    }
}
