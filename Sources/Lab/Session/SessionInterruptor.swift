import MatLang

/// The front end's handle on a session's ``MatLang/InterruptFlag``: Ctrl-C on the signal thread
/// sets the flag, the interpreter notices it at the next statement or loop iteration.
struct SessionInterruptor: InterruptRequesting {
    let flag: InterruptFlag

    func requestInterrupt() {
        flag.request()
    }
}
