/// Why an upload gets no check: said to the author in Chinese on the page, with the HTTP status
/// a script can tell it by. The server goes on after every one of them.
package struct UploadRefusal: Error, Sendable, Equatable {
    /// 400, 408, 413, 415, 422 or 503.
    package let status: Int
    package let message: String

    package init(status: Int, message: String) {
        self.status = status
        self.message = message
    }

    package static func tooLarge(limitBytes: Int) -> UploadRefusal {
        UploadRefusal(status: 413, message: "文件超过 \(limitBytes >> 20) MB 的上限，未检查。工作计划通常远小于此；请确认选对了文件，或删去文中的大图片后另存再试。")
    }

    package static let tooSlow = UploadRefusal(
        status: 408, message: "文件上传太慢或中途断开，未检查。请检查网络后重新选择文件。")

    package static let busy = UploadRefusal(
        status: 503, message: "同时送来检查的文件太多，请稍等几秒再试。")

    package static let empty = UploadRefusal(
        status: 400, message: "文件是空的（0 字节），没有内容可检查。")
}
