#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard descriptors 0, 1 and 2.
enum StandardDescriptors {
    /// Opens `/dev/null` on any of descriptors 0–2 that is closed (`gradlab <&-`), so that a pipe or
    /// file opened later never takes its place: closed standard input then reads as empty.
    static func reopenClosedOnes() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 {
            let opened = open("/dev/null", O_RDWR)
            if opened >= 0 && opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }
}
