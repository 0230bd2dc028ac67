"""Small article builders for tests: realistic paragraphs around the line under test."""

PARAGRAPHS = [
    "JAKARTA, KOMPAS.com - Pemerintah Indonesia menyatakan keprihatinan atas meningkatnya serangan udara di Suriah utara, Senin (12/10/2015).",
    "Menteri Luar Negeri Retno Marsudi mengatakan Indonesia mendorong semua pihak kembali ke meja perundingan dan menghormati hukum humaniter internasional.",
    "Menurut dia, penyelesaian politik adalah satu-satunya jalan untuk mengakhiri konflik yang telah berlangsung lebih dari empat tahun itu.",
    "Pemerintah juga terus memantau keselamatan warga negara Indonesia yang masih berada di wilayah konflik dan menyiapkan rencana evakuasi.",
]


def article(*, head=(), middle=(), tail=(), title="Indonesia Desak Penyelesaian Politik di Suriah") -> str:
    lines = [
        *head,
        title,
        "",
        PARAGRAPHS[0],
        "",
        PARAGRAPHS[1],
        "",
        *middle,
        *([""] if middle else []),
        PARAGRAPHS[2],
        "",
        PARAGRAPHS[3],
        "",
        *tail,
    ]
    return "\n".join(lines) + "\n"


def by_text(analysis):
    return {line.text: line for line in analysis.lines if line.text}
