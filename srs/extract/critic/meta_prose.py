"""Prose about the notes themselves, not their subject: "as you can see", "in this chapter", "let's", "the figure
above", a walkthrough's narration ("Vamos excluir o cluster"), in the languages notes come in. Read by the critic's
reader_addressed check (srs.extract.critic.meaning)."""

from __future__ import annotations

import re

META_PROSE = re.compile(
    r"\b(?:you can see|as you can see|let's|let us|we will|we'll|we are going to|in this (?:section|chapter|"
    r"article|post|course|guide|lab|tutorial|document|module)|(?:this|the next|the previous) (?:course|guide|"
    r"post|article|chapter|section|module|lab)|you(?:'re| are) studying|feel free|don'?t forget|make sure you|"
    r"go ahead|scroll (?:up|down)|as (?:mentioned|discussed|shown|described) (?:above|below|earlier|before)|"
    r"(?:the|this) (?:figure|diagram|picture|image|table) (?:above|below|on the (?:right|left))|(?:presented|described|shown|listed|explained|discussed) (?:here|below|above|later)|"
    r"the above \w+|our (?:first|second|third|fourth|next|last|final|other) (?:example|case|topic|point)|"
    # the same in Portuguese, Spanish, French, German: "recomendo …", "se você já …", "je vous conseille", "Sie sollten"
    r"recomendo|recomiendo|te recomiendo|(?:se|si) (?:você|usted|tú|tu) |você (?:pode|deve|precisa)|"
    r"je (?:vous|te) (?:conseille|recommande)|ich empfehle|sie sollten|"
    # a walkthrough's narration ("Vamos excluir o cluster :", "Inclua o seguinte código"): one run of a tutorial
    r"(?:agora |logo |então |ahora |luego )?vamos|nous allons|on va|wir werden|lass(?:t)? uns|"
    r"(?:o|el|le|den) (?:seguinte|siguiente|suivant|folgenden) (?:código|codigo|code)|the following code|the code below|"
    r"(?:esse|este|ce) (?:não é um |no es un |n'est pas un )?(?:material|documento|resumo|resumen|document|résumé))\b"
    r"|[上下左右]图|如图|见图|[上下左右]圖|如圖|下表|上表|如下图|[左右]の図|"
    r"前面提到|后面会|下文|上文|前述|後述|上記|下記|下の図|上の図|次の図|"
    r"알아보자|살펴보자|알아봅시다|살펴봅시다|알아보겠습니다|살펴보겠습니다|見てみよう|見ていこう|見ていきます|見てみましょう|我们来看|来看看|让我们",
    re.IGNORECASE,
)
