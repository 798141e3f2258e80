import MatLang

/// The deep-learning built-ins (issue 5): layers, dlnetwork, dlarray, dlfeval/dlgradient,
/// losses, Adam, the digit data, augmentedImageDatastore and minibatchqueue.
public enum DeepLearningFamily {
    /// A registry with every deep-learning built-in, sharing `state`.
    public static func registry(state: DeepLearningState) -> BuiltinRegistry {
        let registry = BuiltinRegistry()
        registry.register(LayerBuiltins.functions)
        registry.register(NetworkBuiltins.functions(state: state))
        registry.register(AutodiffBuiltins.functions(state: state))
        registry.register(LossBuiltins.functions)
        registry.register(OptimizerBuiltins.functions)
        registry.register(MoreOptimizerBuiltins.functions)
        registry.register(HelperBuiltins.functions)
        registry.register(GradientCheckBuiltins.functions(state: state))
        registry.register(ActivationStatsBuiltins.functions)
        registry.register(DLArrayFunctionBuiltins.functions)
        registry.register(FileBuiltins.functions)
        registry.register(DataBuiltins.functions(state: state))
        return registry
    }
}

extension Session {
    /// Registers the deep-learning built-ins on the session's generator and returns their
    /// shared state (the debugger reads the last backward pass and sets the backward hook there).
    @discardableResult
    public func registerDeepLearning() -> DeepLearningState {
        let state = DeepLearningState(random: random)
        register(DeepLearningFamily.registry(state: state))
        return state
    }
}
