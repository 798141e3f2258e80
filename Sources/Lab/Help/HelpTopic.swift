/// A `help TOPIC` page: a paragraph, then the commands of the topic that this build provides,
/// each with the summary line of its own help.
struct HelpTopic: Sendable {
    /// The word after `help`.
    let name: String
    /// The one-line description in the overview.
    let summary: String
    /// The explanation shown first.
    let text: String
    /// The commands belonging to the topic; only those registered are listed.
    let commands: [String]

    /// Every topic, in the order the overview lists them.
    static let all: [HelpTopic] = [
        HelpTopic(name: "language", summary: "the MATLAB-style language: syntax, values, built-in functions", text: """
            GradLab runs a subset of MATLAB. Statements end with a newline, `,` or `;` (which hides
            the result). Values are arrays: [1 2; 3 4], 1:0.5:3, 'char', "string", {cells},
            struct("a", 1), @(x) x.^2. Indexing is 1-based with end, :, logical masks; x(2,:) = []
            deletes. Control flow: if/elseif/else, for, while, switch, try/catch, break, continue,
            return; functions at the end of a script or in NAME.m files. `%%` starts a section.
            The built-in functions of this build are:
            """, commands: []),
        HelpTopic(name: "workspace", summary: "who, whos, clear, exist, openvar", text: """
            The workspace holds the variables of the command line and of scripts. An error never
            loses it: a statement that fails leaves every variable as it was.
            """, commands: ["who", "whos", "clear", "clearvars", "exist", "openvar"]),
        HelpTopic(name: "scripts", summary: "open a script and run it section by section", text: """
            A script is a .m file; lines starting with `%%` divide it into sections, and the
            comment lines under a section's title are its prose. Sections run in the base
            workspace, as in MATLAB's Live Editor.
            """, commands: ["open", "sections", "runadvance", "ra", "runsection", "runtoend", "run", "reload"]),
        HelpTopic(name: "lessons", summary: "the lessons and how to open them", text: """
            Lessons are scripts in the Lessons folder (found through GRADLAB_LESSONS, beside the
            program, or in the current folder). `open N` opens lesson N; `ra` runs its next section.
            """, commands: ["lessons", "open", "ra"]),
        HelpTopic(name: "debugger", summary: "pause scripts and backpropagation, step layer by layer", text: """
            The debugger stops a script at a line, or a backward pass at its top, and steps it
            one layer at a time, showing how each layer's derivative and weights scale the gradient.
            """, commands: ["dbstop", "dbclear", "dbstatus", "dbstep", "dbcont", "dbstack", "dbup", "dbdown",
                            "dbquit", "explain", "dbcommands"]),
    ]
}
