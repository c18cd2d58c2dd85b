import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// Inputs that crashed or hung a fuzz target (scripts/fuzz.sh), kept so they never come back.
@Suite struct FuzzRegressionHardeningTests {
    /// fuzz-package-reader, first minute: a mutated .docx whose end record points at a central
    /// directory running past the data, and whose word/styles.xml entry claims a local header at
    /// byte 2718 of a 2736-byte file. ZIPFoundation's in-memory archive trapped on it ("Range
    /// requires lowerBound <= upperBound" in Archive.MemoryFile.readData), taking the whole run
    /// down; plancheck now reads zips itself and checks every offset first.
    static let stylesPastTheEnd = """
        UEsDBBQAAAAIAJIAe13HHBc8CgAAAAgAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbLMJqSxILda3AwBQSwMEFAAAAAgAkgB7
        XRiLE940CgAAHRUAABEAAAB3b3JkL2RvY3VtZW50LnhtbLVY204jVxZ9n69AjBSllZo4MxqNRt1p8jAXad4iTfIBpNuTROIm
        YNKVNxt8v7ttMGAbY8CYq20aA3aVL1I+Jal9TtVfzNp1CnAnnTzQmhfbVeecfV1773X86Wf6/NzUd/7llW8XF55P//HjT6an
        /AsvFl9+u/D18+kvv/jnH/46PbWyOrvwcnZuccH/fPp7/8r0ZzO/+/TV05eLL/47719YnYKEhZWnr55Pf7O6uvTU51t58Y1/
        fnbl48Ul/wLW/rO4PD+7isflr32vFpdfLi0vvvCvrEDB/JzvT5988hff/Oy3C9MzEPnV4svv+XuJP5b5w5X+dGVp9gV0Ly37
        V/zL3/mnZ6hc/ikQtIM7MnREwQYZt+KNKXMRTT1Y46qzU6HbhjWsiHKXEntU3aHW7qc+SJzhz2X3c+le2dLnrrqlf69+P+ef
        evX0u9k5RGPap7apxd8ySMTylnlOA4NSmxTeoXaf0meyWFP2KEvkTsjZj1B7oIl4Rnabdj1l9XZkOS+rB7J9Kc/Z/B1qDPl0
        9kAU2yLbVUc1Ch871X3Pr19IFpU4GVl7XIbInwJrv+7mb7nwodULPGHbTYMGG2xpokzGkTwxKJ5+nEhltZ0bIvaWmbF6DaQJ
        KmAjxaJ4yZlBzFTAwufyLEkp09nefwgVnIWnKlTYJ82QNKMsd/2YYq/t4TnFOmoPXQZEBbKuWFyzqClX7KOguFyjyDaFG5Ma
        WNbZniYyxwibzHQs88BT3aoDSBS7ge98vjVia00DJ38MVJTQj5TGHwNVzTIbk/mwgyl7fWj1DHuUo06I0gkahTRrVBXxLT6b
        36JxSYTGopKmRN3ZqmnWeB0WeHF/7bqZqCOhYiNm76YpF4N652xL7EUpGgHo8dvuHjvRLA0CdLkBm6xemsZbFKvSeP2HWxnf
        t1sdazim/BAGWj3T2d8SG9v22htIkmYBIr2AudhBFpztsCZiOXioW71Tuq1TeVekogg/dbKIuCbrLWrt2J11uVe02yMIdDf2
        b2SzLXaDyhK1/EyhkIb7lBiL4lhebCrlujivw3wKx1x3e7SbfFjQVOVgPwAikmEaFjQGNRB42GacvKuYvN17faoZ74F6I/VE
        xUNVIvV6IlFATEU09mjUi82+NUyLbI7S0UkEs4pWnVO7PvRQYY3rItiG82qN+leU7WjwWWwOKXEsAkEsiOskXqWQJLo4Ensc
        SNHpUmaNI5oy5WYJ0Be7IXkRn9J1fYpaN040Ldf6hNfxgAqf8s8yTQCMMd1MSjOGwnOqu+Jqg5OWMtFhRIoxRpkkVCOHaFYF
        ippqE9qSHQYEEtAoT6tQwIg083gDNWxVr8f2XMR1OgyxErfAURXsfCk8aQjXHhxUa5S+pNaVNQjit90M2al1johbihrFylx/
        laA0mt5uFwjy0MA+dUaHx16E7gS6iKkZsh5QZWyPRigitdGVSL21B4nKMFehkkvpDaSQt79PR40/QThE4hCVbg3S1mCL50M6
        Cr2PxJaLC8tAVtMoBHmcRBj3ZXdf1Ioi0ETjxgKqaYOLrLwPtVypmtUrwBF1TKdcmjMTPqZ+l2rou6a4OOC2EkzJZgdbEQ+R
        QDNtewfwpVG8jS06/36Go7KZ5zwXa9yB35Qgxm5duKsAgTXMcodNmdSL3SdzYgvaHCVOuMtOCHKAtlpf6Qo3nEBcR8ZVWkSy
        SJ1Nz+lchg6jE4YBnk5gzzIiGF8YmU7pWF6azjAH2YzH/TbaC1oea1OQcMtFCVBZ+c38vi8x+BBU5QnmuF3K8jQfVlF8nES3
        wT8OA0oaxxHTpHKsU2asgssRT9TVgjSO0Ah0a7jNrrodlpu0iCeRVyy4TUa92uyobOu6U+8zMtJZpIdF1/wpkJTGKY2vKZJy
        wRpJaShRadbeYaSLZVFtcJ+YsJeLSa1TawsgEIlNp3aFUQSqCSqOWLpl5QbGFQGM2+0qVjVUCY1KbG4vylLDV+IKnX9NF6WG
        SDTgn910adKkfNUseA6NWpTe4eVC0Il3eRmvEAVpjK1e4iP3K0mnr1FX9m3N7p2yzGBBe4tCj0poDipJ6rrEt5BY9D1J6S/q
        4v83pci8ceHu6urtuQ7eXS8om7KvO6g0xJwfPRJet1tv8AZkU1RqmkimRT6kUsU4iUXo+AQxc05TjA90ZTejiK3djDj7ee2e
        G99DQ9YadjvCsL05oPwV2IxG7QIMsoyM1c+J7RZQ6vE0d+szqzeixC5sQpVx6o+i1B+I9bAIBGCZGBRhomgX7euyBrDZ17dq
        K3oO73YTeL+bge9iwYOVGjeKvKmJahtn9qjPJzsYvkmcfEdTeub50szD3s8//4LRUQhyRMbrTEFU8Po9eZS9rx5GcBlX5BsP
        U01uweoNy0kEcNfl8kVNgyylsw9DgUd36YavrhNalUoaBTEN6LAJ7/kaONiSzYC31Nh8P0pr58DP9lTLVbPgccIwLcHzvMp+
        6GPpIMym4SUVcEcuI9RoRJPY03+429TU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU
        1NTU1NTU1NTU1NTU1NTU1NSTSyNB717yRJ3RwRlP14fe9fPWhasK/5eAoi9eQ6mau6pPM5/Cm8SaqAT4StTYhCInmrd6ffd3
        VfPuv9k1q5fRFcRl7UJBXGQaMF81dVyVVZ9iNgSkuRnAYJgkWJz0tzmAeiPPz8EhJ3eC9InbS7Bk9c8KjHKZREBcNESxT5uh
        uysh/8fA9zrcskC7Yq+5Klx7IN+uH2PGytMgRQ3N3j/7GQQZ+cUxC8LJy4BlxCwTl9hjET//NfCsfjXnfqmUv/gZBGZw2DuG
        j9mvfO4ffsu+t6X41EmfEuO7F+oKeumfu5eH31/49dUZiu3xtrvHB2GTm1dnPvi9/ud//Onvzz6YnV969g7rfXd/Pvoe/tic
        +R9QSwMEFAAAAAgAkgB7XaNPNOCuAAAA+QAAAA8AAAB3b3JkL3N0eWxlcy54bWxFjssKwkAMRX9lyN5O60Kk9LETBBcu9ANC
        G9vCvJiMrf17Z6TqKgnncHOr9qWVmMnzZE0NRZaDINPZfjJDDffbaXeEtqmWksOqiEW0DZdLDWMIrpSSu5E0cmYdmcge1msM
        8fSDXKzvnbcdMccwreQ+zw9S42TgFyiWMqyOanDocfDoRhAbOvexzsc0qJM4o4pvCVM1UYBMyF19GvYZ1GToMquvlycuN0Fu
        kf+NmzdQSwECFAMUAAAACACSAHtdxxwXPAoAAAAIAAAAEwAAAAAAAAAAAAAAgAEAAAAAW0NvbnRlbnRfVHlwZXNdLnhtbFBL
        AQIUAxQAAAAIAJIAe10YixPeNAoAAB0VAAARAAAAAAAAAAAAAACAATsAAAB3b3JkL2RvY3VtZW50LnhtbFBLAQIUAxQAAAAI
        AJIAe12jTzTgrgAAAPkAAAAPAAAAAAAAAAAAAACAAZ4KAAB3b3JkL3N0eWxlcy54bWxQSwUGAAAAAAMAAwC9AAAAeQsAAAAA
        """

    @Test func aStylesEntryPastTheEndIsAnErrorNotACrash() throws {
        let data = try #require(Data(base64Encoded: Self.stylesPastTheEnd, options: .ignoreUnknownCharacters))
        #expect(data.count == 2736)
        let error = #expect(throws: InputFileError.self) { try DocxReader.read(data, path: "fuzz.docx") }
        #expect(error?.reason == "not a valid .docx: the central directory lies outside the file (truncated?)")
        #expect(throws: InputFileError.self) { try OdtReader.read(data, path: "fuzz.odt") }
    }
}
