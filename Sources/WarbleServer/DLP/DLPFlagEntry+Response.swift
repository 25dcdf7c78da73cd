import Hummingbird
import WarbleCompliance

/// A reviewed flag is the answer to `POST /api/v1/warble/dlp/flags/:id/clear|remove`.
extension DLPFlagEntry: ResponseEncodable {}
