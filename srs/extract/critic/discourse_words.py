"""Words that label a remark, not a term ("Note:", "Tip 3:", "In short:", "简言之："): whatever follows such a label is
the author's aside, summary or example, and the label asks nothing (srs.extract.critic.labels)."""

from __future__ import annotations

import re

# a legend of the notes' own marks ("Legenda: Textos ~~riscados~~ …"): how the notes are written, not the subject
LEGEND = r"legends?|legenda|leyenda|légende|легенда|图例|凡例|범례"
DISCOURSE = re.compile(
    r"^(?:(?:implementation|important|side|quick|general|final|additional|related|technical|tech)\s+)?(?:notes?|tips?|"
    r"explanations?|related(?:\s+\w+)?|realated(?:\s+\w+)?|fix(?:es)?|tweaks?|remarks?|comments?|hints?|"
    r"caveats?|reminders?|refresh(?:er)?|recap|recall|details?|more info|"
    r"(?:related\s+)?homework(?:\s+questions?)?|related\s+(?:exercises?|questions?|problems?)|"  # "Related homework questions"
    r"take-?home\s+(?:lessons?|messages?|points?)|take-?aways?|contributions?|contributing|"
    r"licen[cs]e|copyright(?:\s+notice)?|版权(?:声明|所有)?|著作権|저작권|credits?|źródł[oa]|fuentes?|fontes?|quellen?|bildquelle|来源|出处|出典|출처|nb|ps|misc|general|other|others|tbd|todo|"
    r"error messages?|fehlermeldung|erreur|mensaje de error|"
    r"(?:option|step|item|case|choice|variant|approach|idea|way|solution|method|strategy|alternative|scenario|opção|"
    r"opción|étape|schritt|lösung|solução|solución|example|exemplo|ejemplo|beispiel|exemple|esempio|phase|stage|"
    r"part|module|chapter|lesson|lecture|week|unit|módulo|capítulo|kapitel|chapitre|lección|lektion|rule|attempt|problem|"
    r"exercise|task|iteration|mitigation|fix|box|try|pillar|fold|epoch|trial|run)\s*#?\s*\d+[a-z]?(?:/\d+)?|another\s+\w+|"  # ("Rule 4b", "Attempt #3", "Mitigation 1", "Pillar 2", "Another metric": which one?)
    r"(?:other|more|additional|further|extra|misc(?:ellaneous)?)\s+(?:features?|details?|info(?:rmation)?|points?|things?|"
    r"stuff|facts?|aspects?)|"  # "Other features: Memory protection implemented by …": whatever else is said
    r"concepts|topics\s+covered|agenda|readings?|syllabus|learning\s+objectives|"  # a lecture's outline
    r"ac+or+d+ing(?:\s+to)?\s+[\w.-]+|"  # "acordding wikipedia: …": whose words, not a term
    r"terminology|recommendations?|suggestions?|advised|recommended|suggested|(?:useful|handy|nice)\s+tools?|bottom line|tl;? ?dr|key takeaways?|in short|in summary|key points|"
    r"pontos[- ]chaves?|puntos clave|points? clés?|kernpunkte|(?:key|critical|crucial|important|main)\s+point|"
    r"point\s+(?:critique|crucial|important|essentiel)|punto\s+(?:crítico|critico|clave|importante)|ponto\s+(?:crítico|importante)|stop and think|pause and (?:think|reflect)|"
    r"think about it|your turn|try it(?: yourself)?|self[- ]check|check yourself|quick check|"
    r"(?:\w+\s+)?exam\s+tips?|exam\s+(?:traps?|alerts?|focus|hints?|notes?)|ルール|规则|規則|규칙|"
    r"pro\s+tips?|tips?\s+(?:de|del|du|para|pour|for|für|zum|zur)\s+\S+|(?:best|good)\s+practices?|"
    r"(?:dicas?|consejos?|astuces?|conseils?|tipps?|совет|подсказка|ヒント|小贴士|小提示|팁)(?:\s+\S+){0,2}|"
    r"theory(?:\s+bit)?|helpful\s+\w+|(?:beginner|newbie|novice)s?(?:'s)?\s+\w+|(?:boas?|buenas?|bonnes?)\s+pr[áa]ticas?|bonnes?\s+pratiques?|para\s+(?:reforçar|reforzar|revisar|fixar|memorizar)|"
    r"(?:ejemplos?|exemplos?|exemples?|beispiele?|esempi[o]?|пример)\s+\w+(?:\s+\w+)?|"
    rf"{LEGEND}|"
    r"one-?line\s+summary|(?:an?\s+)?alternatives?(?:\s+(?:design|approach|solution|option|way|idea)s?)?|(?:short|long|quick|simple|full)\s+(?:answer|version)|date(?: started| finished| created| updated)?|started|finished|"
    r"(?:fecha|data|date) de (?:publicación|publicação|publication)|publication date|published(?: on)?|publicado(?: el| em)?|"
    r"文件整理|整理(?:者|人)?|作者|编者|編者|执笔|執筆|著者|筆者|작성자|글쓴이|"
    r"last updated|author|authors|written by|tags|slug|sortorder|keywords|frage|fragen|question|pergunta|pregunta|domanda|вопрос|erklärt|explained|(?:one|another|other|first|second|third) way|idee|idée|ideia|(?:research|studies|experience|data|practice) (?:shows?|suggests?)|"
    r"lessons?(?: learned)?|reality|verdict|difficulty|status|scenario|outcome|the catch|catch|gotcha|design|"
    r"one-?liner|key insight|insight|mnemonic|highlights?|practical|exercises?|homework|hands-on|главное|важно|запомни(?:те)?|"
    r"(?:senior|staff|interview|hiring)\s+signals?|(?:(?:senior|staff)[- ]level\s+|golden\s+|general\s+)?rule(?:\s+of\s+thumb)?|"
    r"mental\s+(?:rule|model)|regla\s+(?:mental|de oro)|regra\s+(?:mental|de ouro)|faustregel|règle d'or|heuristic|(?:lesser|little)[- ]known\s+facts?|(?:fun|useful|interesting|quick)\s+facts?|did you know|trivia|"
    r"urls?|web\s?site|homepage|home page|site web|sitio web|webseite|"  # "URL: easyperf.net": where to read, no fact
    r"(?:example|sample)\s+[\w ]{1,40}|conventions?|(?:main|central|key)\s+(?:topic|theme)|(?:tema|tópico|thème|thema)(?:\s+(?:central|principal|centrale?))?|"
    r"metaphor|met[áa]fora|m[ée]taphore|metapher|analog(?:y|ies|ía|ia|ie)|para profundizar(?: más)?|para aprofundar|"
    r"(?:to )?go(?:ing)? deeper|further study|"
    r"(?:(?:a|an|the)\s+)?(?:classic(?:al)?|typical|good|simple|common|real[- ]world|concrete|famous|well[- ]known)\s+examples?|"
    r"(?:real|risk|failure|attack|incident|worked|practical|usage|use[- ]case)(?:\s+[\w-]+)?\s+examples?|"  # "Real risk example"
    r"(?:(?:a|an|the)\s+)?(?:deeper|closer|quick|brief|detailed|first|second)\s+look|deep[- ]?dive|"  # "*A deeper look*: I …"
    r"simpler|safer|faster|cheaper|easier|better|cleaner|clearer|slow|fast|expensive|cheap|costly|risky|"
    r"true|false|verdadero|falso|vrai|faux|wahr|falsch|vero|verdadeiro|"  # a quiz's answer over its reason
    r"mensagem de erro|explicação|explicación|erklärung|resposta|respuesta|exemplo|ejemplo|beispiel|exemple|"
    r"nota|obs|n\.?b\.?|observação|observación|remarque|hinweis|anmerkung(?:en)?|bemerkung(?:en)?|memo|注意|备注|注|ポイント|참고|important|importante|wichtig|importantissimo|"
    r"importantíssimo|importantísimo|muito importante|muy importante|sehr wichtig|très important|"
    r"важно|重要|중요|핵심|요점|요약|정리|方式|方法|优化方式|解决|解決|解决方法|解决方案|对策|対策|做法|办法|"
    r"必考|必背|常考|高频考点|考点|重点|頻出|출제|빈출|merke|merken|beachte|wichtig zu wissen|"
    r"коротко говоря|короче говоря|короче|в общем|итак|иными словами|другими словами|то есть|in a nutshell|in other words|"
    r"kurz gesagt|kurzum|mit anderen worten|en resumen|en pocas palabras|en otras palabras|em resumo|em outras palavras|"
    r"en bref|en résumé|autrement dit|in breve|in altre parole|要するに|つまり|簡単に言うと|요컨대|즉|다시 말해|"
    # "简言之：…", "最后我的解决方法：…", "实际情况：…": the author's lead-in to a remark, no term
    r"简言之|简而言之|总之|总而言之|换言之|换句话说|也就是说|简单来说|通俗来说|实际情况|实际上|事实上|解法|例子|示例|举例|"
    r"场景说明|场景描述|需求描述|问题描述|背景说明|"  # ("场景说明：用户下单后，…": a worked scenario's set-up)
    r"(?:最后|最终)?我的(?:解决)?(?:方法|方案|做法|办法))$", re.IGNORECASE,
)
