import Foundation
import MatLang

extension GraphicsBuiltins {
    /// `publish(file)`: runs a script in a fresh session and writes its HTML page.
    static func publishFunction(_ m: FigureManager, _ environment: PublishEnvironment) -> BuiltinFunction {
        BuiltinFunction(name: "publish", help: """
            publish - Run a script and write it as one HTML page
              publish("script.m")                       writes html/script.html beside the script
              publish("script.m", outputDir="folder")   writes folder/script.html
              publish("script.m", "html")               the format named (only "html" is available)
              file = publish(...)                       the page's path
            The script runs in a fresh session. The page has the title, each %% section's heading,
            the comment lines after a heading as paragraphs, the code, its output and its figures
            (SVG, inline); it prints cleanly to PDF from a browser.
            Example: publish("lesson.m")
            """) { call in
            guard let first = call.arguments.first, first.isText else {
                throw call.arguments.isEmpty ? RuntimeError.notEnoughInputs(function: "publish")
                    : GraphicsError.argument("publish", "The file name must be text.")
            }
            var outputDir: String?
            var k = 1
            // publish(file, format): the format alone, as MATLAB allows.
            if call.arguments.count == 2, call.arguments[1].isText {
                try requireHTML(try call.arguments[1].text())
                k = 2
            }
            while k < call.arguments.count {
                guard call.arguments[k].isText, k + 1 < call.arguments.count else {
                    throw GraphicsError.argument("publish", "Options come in name, value pairs.")
                }
                let key = try call.arguments[k].text()
                switch key.lowercased() {
                case "outputdir": outputDir = try call.arguments[k + 1].text()
                case "format": try requireHTML(try call.arguments[k + 1].text())
                default: throw RuntimeError.unknownProperty(name: key, className: "publish")
                }
                k += 2
            }
            let folder = (call.context as? Interpreter)?.currentFolder ?? FileManager.default.currentDirectoryPath
            var file = try first.text()
            if (file as NSString).pathExtension.isEmpty { file += ".m" }
            if !file.hasPrefix("/") { file = (folder as NSString).appendingPathComponent(file) }
            if let dir = outputDir, !dir.hasPrefix("/") { outputDir = (folder as NSString).appendingPathComponent(dir) }
            do {
                let path = try ScriptPublisher(environment: environment).publish(path: file, outputFolder: outputDir)
                return [.charArray(path)]
            } catch {
                let message = (error as? PublishError)?.description ?? "\(error)"
                throw GraphicsError.argument("publish", String(message.split(separator: "\n").last ?? ""))
            }
        }
    }

    /// Accepts the `html` format; any other is refused with the formats available.
    private static func requireHTML(_ format: String) throws(RuntimeError) {
        guard format.lowercased() == "html" else {
            throw GraphicsError.argument("publish", "Unsupported format '\(format)'; only \"html\" is available.")
        }
    }
}
