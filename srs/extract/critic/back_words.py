"""Backs that answer nothing on their own (srs.extract.critic.labels): a back that points at another line ("the above
command", "Like linear probing."), leans on a pronoun, is only a condition, a hedge or a placeholder."""

from __future__ import annotations

import re

# "是前两种的折中", "a compromise between the previous two", "same as above": leans on the items or rows before
ROWS_BEFORE = (r"前两(?:种|者|个)|上述两(?:种|者)|以上两(?:种|者)|上記の(?:2|二)つ|앞의 두|同上|"
               r"\b(?:the\s+)?(?:previous|above|former|preceding)\s+(?:two|ones?|rows?)\b|\bboth of the above\b|"
               r"\bsame as (?:above|before)\b")
BACK_POINTS_ELSEWHERE = re.compile(r"\bsee\s+`?[\w./-]+\.(?:java|py|go|js|ts|rs|kt|cs|cpp|c|md|ipynb)\b|"
                                   r"^(?:using|with|by|via)\s+(?:this|that|these|those)\b|\b(?:the\s+)?(?:above|previous|"
                                   r"preceding|following|below)\s+(?:command|one|option|example|step|item|line|section)s?\b|"
                                   r"\b(?:logic|code|steps?|rules?|list|table|figure|diagram|snippet|process|procedure|"
                                   r"algorithm|points?)\s+(?:below|above)\b|"  # "by applying the logic below"
                                   r"^(?:the\s+|its\s+)?(?:inverse|opposite|reverse|converse|contrary)(?:\s+of\s+(?:this|that|the above|"
                                   r"the previous one))?\W*$|"  # "Non-singleton is the inverse.": of the line before
                                   r"^(?:to\s+)?(?:google (?:it|for|this)|look (?:it )?up|search for|read up on|гуглить|погуглить|"
                                   r"загуглить|googlen|googlear|구글링|百度一下|谷歌一下|ググる)\b|"  # "Гуглить Richardson …": a to-do
                                   + ROWS_BEFORE + "|" +  # "是前两种的折中", "a compromise between the previous two"
                                   r"\bsame as (?:above|before|below)\b|^(?:the\s+)?same as\b|^(?:already|as)\s+(?:explained|covered|discussed|described|"
                                   r"mentioned|shown)\b|^see (?:above|below)\b|"  # "Like linear probing.": a sibling's answer
                                   r"^(?:just\s+)?(?:like|as|as in|similar to)\s+(?!an?\s|the\s)[^,.;:]{1,40}[.!]?$|"
                                   r"^(?:se explica en|se ve en|ver (?:el )?(?:tema|capítulo)|veja (?:o )?(?:capítulo|tema)|"
                                   r"siehe|voir (?:le )?(?:chapitre|cours)|explained in|covered in)\b|"  # "même principe pour …":
                                   r"^(?:the\s+)?(?:same|similar)\s+(?:principle|idea|logic|thing|concept|way)\b|^(?:même|mismo|"
                                   r"misma|mesmo|mesma)\s+(?:principe|principio|princípio|idée|idea|ideia|chose|cosa|coisa|lógica|"
                                   r"logique)\b|^(?:idem|dito|likewise|ditto)\b|"  # the sibling's rule, said again
                                   # "参见 reflect/ReflectAndSingleton.java", "the same example mentioned above": elsewhere
                                   r"(?:参见|详见|请见|^参考|^见|^(?:see|siehe|voir|ver|veja|vedi)\b)\s*[:：]?\s*`?[\w.-]*(?:/[\w.-]+|"
                                   r"\.(?:java|py|go|js|ts|rs|kt|cs|cpp|c|md|ipynb|ya?ml|json|sh|sql)\b)|"
                                   r"\b(?:same|this|that|the)\s+(?:example|case|scenario|figure|diagram|table)\s+(?:mentioned|"
                                   r"shown|described|given|used)\s+(?:above|earlier|before|previously)\b|"
                                   # "Editoras: Pois necessitamos das editoras …", "ERWin: Também é muito utilizado": a reason
                                   # for a claim the card does not make, or "also" after the item above
                                   r"^(?:because|pois|porque|parce que|weil|denn)\b[^,;]*$|^(?:también|também|además|aussi|auch|inoltre)\b|"
                                   # "429 is used by server in this case.": the case is the line before, not on the card
                                   r"\bin\s+(?:this|that|such\s+a)\s+(?:case|scenario|situation)\W*$|"
                                   # "声明式API，对应的以下对象为API对象": the objects are the lines below, not on the card
                                   r"(?<![\d０-９])(?:以下|如下)(?:的|(?:几|[一二三四五六七八九十两]{1,2})?[个种类点条項项]|对象|内容|步骤|所示|方式|方法|[：:])",
                                   re.IGNORECASE)
PRONOUN_LEAD = re.compile(r"^(?:they|it|these|those|this|elas|eles|ellas|ellos|isso|isto|esto|estas|estos|sie|es|ils|elles|"
                          r"они|оно|она|это|它们|它|これら|それら)\s", re.IGNORECASE)
CONDITION = re.compile(r"^(?:if|when|unless|only if|only when|in case)\b", re.IGNORECASE)
HEDGE = re.compile(r"^\(?\s*(?:not (?:well |clearly |yet )?defined|tbd|todo|to do|n/?a|unknown|unclear|"
                   r"don'?t know|not sure|\?+)\s*\)?", re.IGNORECASE)
# "`terraform plan`" over "work in progress": the author's placeholder for an answer still to be written
UNWRITTEN = re.compile(r"^\(?\s*(?:(?:a\s+)?work in progress|wip|coming soon|to be (?:added|written|done|continued)|"
                       r"em (?:construção|andamento)|en (?:construcción|cours)|in arbeit|待补充|待续|未完成|作成中)\W*$", re.IGNORECASE)
# "Response time: more important in online systems", "What is X? → A milestone for …": a judgement, not what it is
JUDGEMENT = re.compile(r"^(?:harder|easier|cheaper|costlier|faster|slower|better|worse|safer|riskier)\s+to\b|"
                       r"^(?:an?\s+)?(?:expensive|costly|cheap|slow|difficult|hard|tricky|complex|painful)\s+"
                       r"(?:operation|process|task|step|thing|part|job)\b|"
                       r"^(?:(?:much|far|even|a lot)\s+)?(?:more|less|most|least|very|really|quite|extremely)\s+"
                       r"(?:important|useful|relevant|common|popular|helpful|valuable|critical)\b|"
                       r"^(?:an?\s+)?(?:milestone|must(?:-have)?|game[- ]changer|big deal|good idea|bad idea)\b|"
                       r"^(?:an?\s+)?(?:notorious|common|classic|well-known|frequent|recurring|major|serious)\s+"
                       r"(?:problem|issue|pain(?:\s+point)?|headache|challenge|pitfall|source of \w+)\b|"
                       r"^(?:an?\s+)?(?:problem|issue|concern|risk|challenge)\W*$|"  # "Weak keys are an issue"
                       r"^(?:the|an?)\s+(?:standard|usual|preferred|recommended|go-to|obvious|natural|best|most common|"
                       r"popular|typical)\s+(?:choice|option|pick|solution)\b|"
                       r"^(?:the\s+|one of the\s+)?most\s+(?:prominent|popular|common|commonly used|widely used|used|famous|"
                       r"well-known|important)\b|"  # "Webpack is the most prominent bundler out there, but …": a ranking
                       r"^(?:le|la|les|el|lo|los|o|os|il)\s+(?:plus|más|mais|più)\s+(?:\w+\s+)?(?:utilisée?s?|usad[oa]s?|"
                       r"utilizad[oa]s?|usat[oa]|comun[ea]?s?|común|commune?s?|courante?s?|populaires?|popular(?:es)?)\b|"
                       r"^(?:the|an?)\s+(?:standard|usual|preferred|recommended|best)\s+(?:way|approach|method|tool|practice)\b"
                       r"(?!\s+(?:to|for|of)\b)|"  # "… the recommended way, offering …" (not "a way to fail over")
                       # "a term that has gained popularity in recent years", "a technique developed in DDD": the word's
                       # fame or origin, not what the thing is
                       r"^(?:an?\s+)?(?:term|word|buzzword|phrase|concept|topic|technique|pattern|approach|method|idea)\s+"
                       r"(?:(?:that|which)\s+(?:has\s+|have\s+)?(?:gained|become|grown|been gaining|gets)\b|(?:first\s+)?(?:developed|"
                       r"introduced|coined|created|invented|popularized|popularised|originated)\s+(?:in|by|at|from)\s+[^,;.]{1,60}\W*$)",
                       re.IGNORECASE)
# "Load balancing is the backbone of any scalable system", "… the digital equivalent of a briefcase with a secret
# compartment": a figure of speech or an image of it, not what the thing is
METAPHOR = re.compile(r"^(?:the|an?)\s+(?:(?:real|true|very|unsung)\s+)?(?:backbone|heart|soul|cornerstone|lifeblood|glue|"
                      r"brains?|holy grail|swiss army knife|bread and butter|secret sauce|king|queen|unsung hero|"
                      r"(?:worst\s+|greatest\s+|biggest\s+)?(?:enemy|enemies|friend|killer|recipe|silver bullet)"
                      r"(?:\s+(?:of|for|to))?)\b|"
                      r"^(?:the|an?)\s+(?:\w+\s+)?(?:equivalent|counterpart)\s+of\b", re.IGNORECASE)
# a relation or a place, not what the term is: "the successors to ReplicationControllers", "the newer version, …",
# "the default for FreeBSD", "a sign you'll need to retrain", "the second step in the certification process"
ROLE_BACK = re.compile(r"^(?:the\s+)?(?:successors?|predecessors?|replacements?|opposite|counterparts?)\s+(?:of|to|for)\b|"
                       r"^(?:the|a)\s+(?:newer|older|latest|new|old|next|previous|improved|modern|legacy|updated)\s+"
                       r"(?:version|generation|edition|iteration|release|variant)\b(?!\s+of\b)|"
                       r"^(?:the\s+)?default(?:\s+\w+)?\s+(?:for|in|on)\b|"
                       r"^(?:a|an|the)\s+(?:(?:good|clear|strong|sure|early|warning)\s+)?(?:sign|signal|indication|symptom|"
                       r"hint|reminder|consequence)\s+(?:that|of|you|we|to)\b|"
                       r"^(?:the\s+)?(?:first|second|third|fourth|fifth|last|final|next|\d+(?:st|nd|rd|th))\s+"
                       r"(?:step|stage|phase|part)\b|"
                       r"^(?:the\s+)?(?:product|result|outcome)\s+of\b|"  # "… is the product of several settings"
                       r"^(?:an?|the)\s+(?:integral|important|essential|key|crucial|core|vital|central|big|major|necessary)\s+"
                       r"(?:part|piece|component|aspect)\s+of\b", re.IGNORECASE)
