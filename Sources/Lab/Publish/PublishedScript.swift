/// A script after it ran for publishing: its title and, per `%%` section, prose, code, output and figures.
public struct PublishedScript: Equatable, Sendable {
    /// One section of the page.
    public struct Block: Equatable, Sendable {
        /// The section title (empty for an untitled leading section).
        public var title: String
        /// Paragraphs of prose from the comment lines that open the section.
        public var paragraphs: [String]
        /// The section's code, without its title line and opening prose.
        public var code: String
        /// Text the code printed.
        public var output: String
        /// The rendered error, if the section stopped with one.
        public var error: String?
        /// The figures the section changed, as inline SVG documents.
        public var figures: [String]
    }

    /// The page title: the first section's title, or the file's name.
    public var title: String
    /// The script's file name, shown under the title.
    public var file: String
    /// The sections in order.
    public var blocks: [Block]
}
