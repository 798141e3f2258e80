import MatLang

extension InterruptFlag: InterruptRequesting {
    /// Sets the flag (``InterruptFlag/request()``).
    public func requestInterrupt() {
        request()
    }
}
