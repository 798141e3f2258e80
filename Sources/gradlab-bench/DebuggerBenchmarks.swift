import Foundation
import Lab

/// Rows for the backprop debugger on the example's sigmoid network (batch 128), in process:
/// what a breakpoint that never pauses adds to a training step (`dlfeval` then `adamupdate`),
/// and how long one `dbstep` card takes.
enum DebuggerBenchmarks {
    /// The example network, one batch and a gradient function.
    static let setup = """
        [XTrain,TTrain] = digitTrain4DArrayData;
        layers = [imageInputLayer([28 28 1],Normalization="none")
            fullyConnectedLayer(10)
            sigmoidLayer
            fullyConnectedLayer(10)
            sigmoidLayer
            fullyConnectedLayer(10)
            sigmoidLayer
            fullyConnectedLayer(10)
            softmaxLayer];
        net = dlnetwork(layers);
        X = dlarray(single(XTrain(:,:,:,1:128)),"SSCB");
        T = onehotencode(TTrain(1:128)',1);
        lossGradients = @(net,X,T) dlgradient(crossentropy(forward(net,X),T),net.Learnables);
        """

    /// Backward passes per timing.
    static let passes = 300
    /// Passes down and back up the example network's six cards in the card timing.
    static let cardRounds = 20
    /// Card steps of the example network.
    static let cardSteps = 6

    static func run(into table: inout BenchmarkTable) throws {
        let session = Session.standard(output: BenchmarkSink())
        try execute(setup, in: session)
        // A training step as the budget means it: gradients, then the Adam update.
        try execute("avg = []; avgSq = [];", in: session)
        let loop = "for k = 1:\(passes), g = dlfeval(lossGradients,net,X,T); "
            + "[net,avg,avgSq] = adamupdate(net,g,avg,avgSq,k); end"
        // The three settings take turns, five rounds, best of each: a busy machine then
        // disturbs them alike.
        let settings = ["", "dbstop if naninf", "dbstop in backprop if gradnorm(\"fc_1\") < 0"]
        var best = [Double](repeating: .infinity, count: settings.count)
        for _ in 0..<5 {
            for (index, setting) in settings.enumerated() {
                if !setting.isEmpty { try execute(setting, in: session) }
                best[index] = min(best[index], try Measurement.seconds { try execute(loop, in: session) })
                try execute("dbclear all", in: session)
            }
        }
        let (plain, nanInf, condition) = (best[0] / Double(passes), best[1] / Double(passes), best[2] / Double(passes))
        table.add(BenchmarkRow("script_step_us", plain * 1e6, unit: "µs",
                               note: "dlfeval + adamupdate from the language, example's sigmoid network, no breakpoint"))
        table.add(BenchmarkRow("naninf_overhead_pct", (nanInf / plain - 1) * 100, unit: "%", budget: .atMost(20),
                               note: "dbstop if naninf set (checks every pass, never pauses)"))
        table.add(BenchmarkRow("condition_overhead_pct", (condition / plain - 1) * 100, unit: "%", budget: .atMost(20),
                               note: "dbstop in backprop if gradnorm(\"fc_1\") < 0 set (never true)"))

        let round = Array(repeating: "\"dbstep\"", count: cardSteps) + Array(repeating: "\"dbstep back\"", count: cardSteps)
        let steps = Array(repeating: round.joined(separator: ", "), count: cardRounds).joined(separator: ", ")
        let paused = try bestOfFive {
            try execute("dbstop in backprop", in: session)
            try execute("dbcommands(\(steps), \"dbcont\")", in: session)
            try execute("g = dlfeval(lossGradients,net,X,T);", in: session)
            try execute("dbclear all", in: session)
        }
        let card = max(paused - plain, 0) / Double(2 * cardSteps * cardRounds)
        table.add(BenchmarkRow("dbstep_card_ms", card * 1000, unit: "ms", budget: .atMost(10),
                               note: "one dbstep (or dbstep back) with its layer card on the example network"))
    }

    /// The best of five timings.
    private static func bestOfFive(_ body: () throws -> Void) throws -> Double {
        var best = Double.infinity
        for _ in 0..<5 { best = min(best, try Measurement.seconds(body)) }
        return best
    }

    private static func execute(_ source: String, in session: Session) throws {
        guard case .completed = session.execute(source) else { throw LabBenchmarkError.failed(source) }
    }
}
