/// The stroke skeletons the synthetic digits are drawn from: several font-like shapes
/// per digit, as different typefaces and hands draw them.
///
/// Coordinates are glyph units (x right, y down, height 0…1, width about 0.6). The
/// generator centres and scales each glyph, so only the proportions matter here.
enum DigitGlyphs {
    /// `skeletons[digit]` lists that digit's glyphs, flattened and measured once.
    static let skeletons: [[Glyph]] = shapes.map { glyphs in glyphs.map(Glyph.init) }

    /// The glyphs of each digit 0–9 as strokes.
    static let shapes: [[[GlyphStroke]]] = [
        // 0: oval, stadium, narrow oval with an overlapping pen start, round oval.
        [
            [ellipse(0.3, 0.5, 0.28, 0.48)],
            [arc(0.3, 0.28, 0.26, 0.26, 0, 180), line((0.04, 0.28), (0.04, 0.72)),
             arc(0.3, 0.72, 0.26, 0.26, 180, 360), line((0.56, 0.72), (0.56, 0.28))],
            [arc(0.3, 0.5, 0.2, 0.48, 80, 460)],
            [ellipse(0.3, 0.5, 0.34, 0.46)],
        ],
        // 1: bare stem, with a flag, with flag and base, slanted.
        [
            [line((0.3, 0), (0.3, 1))],
            [line((0.08, 0.22), (0.32, 0), (0.32, 1))],
            [line((0.08, 0.22), (0.32, 0), (0.32, 1)), line((0.08, 1), (0.56, 1))],
            [line((0.4, 0), (0.24, 1))],
        ],
        // 2: round top with straight diagonal, with a concave descent, hooked and wavy.
        [
            [arc(0.3, 0.27, 0.26, 0.25, 160, -35), line((0.513, 0.413), (0.02, 1), (0.6, 1))],
            [arc(0.3, 0.27, 0.26, 0.25, 160, -20), curve((0.544, 0.355), (0.5, 0.65), (0.02, 1)),
             line((0.02, 1), (0.6, 0.98))],
            [curve((0.04, 0.2), (0.3, -0.12), (0.56, 0.25)), curve((0.56, 0.25), (0.5, 0.5), (0.04, 0.95)),
             curve((0.04, 0.95), (0.3, 0.88), (0.62, 1))],
        ],
        // 3: two bowls, flat top with a diagonal, two bowls with a middle bar.
        [
            [arc(0.28, 0.25, 0.25, 0.24, 150, -90), arc(0.28, 0.735, 0.28, 0.265, 90, -150)],
            [line((0.04, 0), (0.54, 0), (0.22, 0.4)), arc(0.28, 0.7, 0.29, 0.3, 100, -150)],
            [arc(0.3, 0.24, 0.24, 0.24, 160, -90), line((0.3, 0.48), (0.14, 0.48)),
             arc(0.3, 0.74, 0.28, 0.26, 90, -160)],
        ],
        // 4: closed, open, closed with a detached stem.
        [
            [line((0.44, 1), (0.44, 0), (0, 0.68), (0.62, 0.68))],
            [line((0.08, 0), (0.04, 0.6), (0.6, 0.6)), line((0.44, 0.25), (0.44, 1))],
            [line((0.5, 0), (0.02, 0.66), (0.62, 0.66)), line((0.48, 0.3), (0.46, 1))],
        ],
        // 5: square shoulder with a round bowl, slanted with a curved bowl, flag drawn apart.
        [
            [line((0.55, 0), (0.1, 0), (0.06, 0.45)), arc(0.28, 0.7, 0.28, 0.29, 135, -150)],
            [line((0.58, 0.02), (0.14, 0), (0.08, 0.42)), curve((0.08, 0.42), (0.62, 0.28), (0.56, 0.7)),
             curve((0.56, 0.7), (0.5, 1.05), (0.02, 0.92))],
            [line((0.1, 0), (0.06, 0.45)), line((0.1, 0), (0.58, 0.02)), arc(0.3, 0.7, 0.27, 0.28, 150, -160)],
        ],
        // 6: curved spine into a loop, straight spine, high arc into a loop.
        [
            [curve((0.52, 0.02), (0.02, 0.2), (0.04, 0.72)), ellipse(0.3, 0.72, 0.26, 0.27)],
            [line((0.5, 0), (0.083, 0.6)), ellipse(0.3, 0.73, 0.25, 0.26)],
            [arc(0.36, 0.5, 0.32, 0.5, 60, 180), line((0.04, 0.5), (0.07, 0.74)), ellipse(0.34, 0.74, 0.27, 0.25)],
        ],
        // 7: plain, with a bar, with a serif, with a curved stem.
        [
            [line((0, 0), (0.6, 0), (0.2, 1))],
            [line((0, 0), (0.6, 0), (0.22, 1)), line((0.16, 0.52), (0.54, 0.52))],
            [line((0, 0.16), (0, 0), (0.6, 0), (0.3, 1))],
            [line((0.02, 0), (0.6, 0)), curve((0.6, 0), (0.3, 0.4), (0.26, 1))],
        ],
        // 8: small loop on a large one, equal loops, narrow offset top loop.
        [
            [ellipse(0.3, 0.24, 0.22, 0.24), ellipse(0.3, 0.73, 0.28, 0.27)],
            [ellipse(0.3, 0.25, 0.26, 0.25), ellipse(0.3, 0.75, 0.26, 0.25)],
            [ellipse(0.34, 0.23, 0.18, 0.23), ellipse(0.28, 0.72, 0.28, 0.28)],
        ],
        // 9: loop with a straight stem, with a curved tail, with a slanted stem.
        [
            [ellipse(0.3, 0.27, 0.27, 0.27), line((0.57, 0.27), (0.57, 1))],
            [ellipse(0.28, 0.28, 0.26, 0.27), curve((0.54, 0.3), (0.56, 0.9), (0.1, 1))],
            [ellipse(0.3, 0.26, 0.25, 0.26), line((0.55, 0.3), (0.36, 1))],
        ],
    ]
}
