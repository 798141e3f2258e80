import CEditLine
import Lab

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive ``LineReader``: libedit with emacs keys, arrows, Ctrl-R search, Tab completion
/// through the engine, and history kept in memory, in libedit and in a ``HistoryFile``.
///
/// libedit's callbacks (the prompt, Tab, reading a character) find this reader through
/// `EL_CLIENTDATA`.
///
/// With an ``InterruptRelay``, characters are read by polling the terminal together with the
/// relay's line-cancel pipe: a Ctrl-C cancels the line even when it arrives while the reader is
/// busy (computing a completion, redrawing), not only while it is blocked in `read`.
final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let relay: InterruptRelay?
    private let inputDescriptor: Int32
    private let historyHandle: OpaquePointer
    private var promptStorage: UnsafeMutablePointer<CChar>
    private let historyFile: HistoryFile?
    private let complete: (String, String.Index) -> Completions
    private(set) var history: [String] = []
    /// How many entries are kept in memory and in libedit.
    static let historyLimit = 1000
    /// The longest line, in characters, that is edited; the rest of a longer line (a huge paste)
    /// is read and discarded up to its end, since libedit redraws the whole line for each key.
    static let longestLine = 1 << 16
    private var discardingLongLine = false
    private var discardedLongLine = false

    /// Creates a reader on the process's terminal. `complete` answers Tab presses.
    init?(historyFile: HistoryFile?, relay: InterruptRelay?,
          complete: @escaping (String, String.Index) -> Completions) {
        guard let editLine = el_init("gradlab", gl_stdin(), gl_stdout(), gl_stderr()) else { return nil }
        guard let historyHandle = history_init() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.historyHandle = historyHandle
        self.historyFile = historyFile
        self.relay = relay
        self.inputDescriptor = fileno(gl_stdin())
        self.complete = complete
        self.promptStorage = strdup(">> ")
        configure()
        for entry in historyFile?.load() ?? [] {
            remember(entry)
        }
    }

    deinit {
        el_end(editLine)
        history_end(historyHandle)
        free(promptStorage)
    }

    private func configure() {
        gl_history_set_size(historyHandle, Int32(Self.historyLimit))
        gl_history_set_unique(historyHandle, 1)
        gl_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        gl_el_set_string(editLine, EL_EDITOR, "emacs")
        gl_el_set_int(editLine, EL_SIGNAL, 1)
        gl_el_set_history(editLine, historyHandle)
        if relay != nil {
            gl_el_set_read_character(editLine, editLineReadCharacter)
        }
        gl_el_set_prompt(editLine, editLinePrompt)
        gl_el_add_function(editLine, "gradlab-complete", "Complete the word before the cursor", editLineComplete)
        gl_el_bind(editLine, "^I", "gradlab-complete")
        gl_el_bind(editLine, "^R", "em-inc-search-prev")
        gl_el_bind(editLine, "^S", "em-inc-search-next")
        gl_el_bind(editLine, "\\e[A", "ed-prev-history")
        gl_el_bind(editLine, "\\e[B", "ed-next-history")
        gl_el_bind(editLine, "\\e[1;5C", "em-next-word")
        gl_el_bind(editLine, "\\e[1;5D", "ed-prev-word")
        // libedit's own command line (`bind`, `setty`, `echotc`, …, some of which abort on bad
        // arguments) must not be reachable by typing Esc-x.
        for key in ["\\ex", "\\eX"] {
            gl_el_bind(editLine, key, "ed-unassigned")
        }
        // Ctrl-@ (a NUL byte) sets the mark as in Emacs, instead of quoting the next key, which
        // would make a following Ctrl-C a character rather than a cancel.
        gl_el_bind(editLine, "^@", "em-set-mark")
        el_source(editLine, nil)
    }

    func readLine(prompt: String) -> LineInput {
        free(promptStorage)
        promptStorage = strdup(prompt)
        el_resize(editLine)
        var count: Int32 = 0
        errno = 0
        // The wide-character call: `el_gets` converts the line to multibyte text and aborts the
        // process when a character cannot be converted.
        let read = { el_wgets(self.editLine, &count) }
        let result = relay.map { $0.readingLine(read) } ?? read()
        guard let raw = result else {
            let interrupted = count < 0 && errno == EINTR
            if discardedLongLine {
                discardedLongLine = false
                terminalWrite("\nError: line longer than \(Self.longestLine) characters; it was not run.\n")
            } else {
                terminalWrite(interrupted ? "^C\n" : "\n")
            }
            return interrupted ? .interrupted : .endOfInput
        }
        var line = Self.text(from: raw, count: Int(max(count, 0)))
        while line.hasSuffix("\n") || line.hasSuffix("\r") {
            line.removeLast()
        }
        return .line(line)
    }

    func addHistory(_ line: String) {
        guard history.last != line else { return }
        remember(line)
        historyFile?.append(line)
    }

    private func remember(_ line: String) {
        guard history.last != line else { return }
        gl_history_enter(historyHandle, line)
        history.append(line)
        if history.count > Self.historyLimit {
            history.removeFirst(history.count - Self.historyLimit)
        }
    }

    /// Reads one character for libedit: 1 with the character, 0 at end of input, -1 with `errno`
    /// `EINTR` when Ctrl-C cancelled the line (or another error).
    fileprivate func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        guard let relay else { return -1 }
        if !discardingLongLine, let info = el_wline(editLine)?.pointee, let start = info.buffer,
            let end = info.lastchar, start.distance(to: end) >= Self.longestLine
        {
            discardingLongLine = true
        }
        var pending: [CChar] = []
        while true {
            var descriptors = [
                pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: relay.lineCancelDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&descriptors, 2, -1) < 0 {
                guard errno == EINTR else { return -1 }
                // A signal: most often SIGWINCH, whose new width libedit must learn.
                el_resize(editLine)
                continue
            }
            if descriptors[1].revents != 0 {
                var drained = [UInt8](repeating: 0, count: 64)
                while read(relay.lineCancelDescriptor, &drained, drained.count) > 0 {}
                discardingLongLine = false
                errno = EINTR
                return -1
            }
            guard descriptors[0].revents != 0 else { continue }
            var byte: CChar = 0
            let count = read(inputDescriptor, &byte, 1)
            if count == 0 { return 0 }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return -1
            }
            pending.append(byte)
            while !pending.isEmpty {
                var state = mbstate_t()
                var wide: wchar_t = 0
                let used = mbrtowc(&wide, pending, pending.count, &state)
                if used == -2 { break }  // an incomplete UTF-8 sequence: read on
                if used == -1 {  // not UTF-8: drop the first byte, as libedit does
                    pending.removeFirst()
                    continue
                }
                if discardingLongLine {
                    pending.removeAll()
                    guard wide == 10 || wide == 13 else { break }
                    discardingLongLine = false
                    discardedLongLine = true
                    errno = EINTR
                    return -1
                }
                character.pointee = wide
                return 1
            }
        }
    }

    /// The first `count` wide characters at `characters` (fewer at a NUL) as text, with any
    /// that is not a Unicode scalar value replaced by U+FFFD.
    static func text(from characters: UnsafePointer<wchar_t>, count: Int) -> String {
        var text = String.UnicodeScalarView()
        for offset in 0..<count {
            let character = characters[offset]
            if character == 0 { break }
            text.append(Unicode.Scalar(UInt32(bitPattern: Int32(character))) ?? "\u{FFFD}")
        }
        return String(text)
    }

    /// The prompt libedit shows; valid until the next ``readLine(prompt:)``.
    fileprivate var currentPrompt: UnsafeMutablePointer<CChar> { promptStorage }

    /// Handles Tab: asks the engine for completions and edits the line or lists the candidates.
    fileprivate func completeAtCursor() -> UInt8 {
        guard let info = el_wline(editLine)?.pointee, let buffer = info.buffer else { return UInt8(CC_ERROR) }
        let cursorOffset = max(info.cursor.map { buffer.distance(to: $0) } ?? 0, 0)
        let endOffset = max(info.lastchar.map { buffer.distance(to: $0) } ?? 0, cursorOffset)
        let before = Self.text(from: buffer, count: cursorOffset)
        let after = Self.text(from: buffer + cursorOffset, count: endOffset - cursorOffset)
        let line = before + after
        let cursor = line.utf8.index(line.startIndex, offsetBy: before.utf8.count)
        let completions = complete(line, cursor)
        switch completions.action {
        case .nothing:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let text):
            el_deletestr(editLine, Int32(completions.stem.unicodeScalars.count))
            guard el_insertstr(editLine, text) == 0 else { return UInt8(CC_ERROR) }
            return UInt8(CC_REFRESH)
        case .list:
            let width = Int(gl_terminal_columns(STDOUT_FILENO))
            terminalWrite("\n" + CompletionListing.format(completions.listedCandidates, width: width > 0 ? width : 80))
            return UInt8(CC_REDISPLAY)
        }
    }

    private func terminalWrite(_ text: String) {
        fputs(text, gl_stdout())
        fflush(gl_stdout())
    }
}

/// The reader that owns `editLine`, through libedit's client data.
private func owner(of editLine: OpaquePointer?) -> EditLineReader? {
    guard let editLine, let data = gl_el_get_clientdata(editLine) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
}

/// libedit's `EL_PROMPT` callback.
private let editLinePrompt: gl_prompt_function = { editLine in
    owner(of: editLine)?.currentPrompt
}

/// libedit's `EL_GETCFN` callback.
private let editLineReadCharacter: el_rfunc_t = { editLine, character in
    guard let character, let reader = owner(of: editLine) else { return -1 }
    return reader.readCharacter(into: character)
}

/// libedit's callback for the `gradlab-complete` editor function bound to Tab.
private let editLineComplete: gl_editor_function = { editLine, _ in
    owner(of: editLine)?.completeAtCursor() ?? UInt8(CC_ERROR)
}
