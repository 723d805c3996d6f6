"""What the lines around a block say of it: a plan goal, a title that is no set, a lead-in to one example's output
or an estimate's arithmetic, a verb before a colon. The walker reads them when it decides what a block is."""

from __future__ import annotations

import re

PLAN_HEADING = re.compile(r"^(?:goals?|objectives?|outcomes?|milestones?)\s*:", re.IGNORECASE)
NOT_A_SET = re.compile(
    r"\b(?:exemplars?|examples?|resources?|references?|links?|reading|sources?|books?|podcasts?|talks?|videos?|courses?|platforms?|articles?|"
    r"blogs?|practice|questions?|problems?|exercises?|further|related|see also|repos?|repositories|tutorials?|guides?|papers?|readings?|know|"
    r"remember|memori[sz]e|learn|understand|tips|hints)\b|参考|推荐阅读|相关|参考資料|関連|リンク|本文|上篇|下篇|以下部分|章节|目录|目次|"
    r"\b(?:a )?few (?:additional|more|other|extra)? ?(?:points|notes|things|remarks)\b", re.IGNORECASE)
# "The output would then be:", "For example:", "Sample result:": the table below is one run's data
SHOWS_OUTPUT = re.compile(r"\b(?:output|outputs|result set|results? (?:would|will|looks?)|returns? (?:something )?like|for example|(?:will|would) (?:return|produce|yield|give)|"
                           r"e\.g\.|for instance|sample|would (?:then )?(?:be|look like)|looks? like|given the following|consider the following|(?:this|that|our|the above) example|(?:este|ese|nuestro|del|deste|neste|nesse|do) e[jx]emplo|"
                           r"(?:dieses|diesem|im) beispiel|cet exemple|questo esempio)\b[^.]*[:：][\s*_]*$", re.IGNORECASE)
# "For example, an API server job with four instances:" over "- job: `api-server`" and its "instance 1: `1.2.3.4:5670`"
EXAMPLE_LEAD = re.compile(r"^(?:for example|for instance|e\.g\.|example|por ejemplo|por exemplo|zum beispiel|par exemple|ad esempio|例如|比如|举例|例えば|예를 들어|예시)\b.*[:：]$", re.I)
# "Total URLs: 5 years x 12 months x 100 million", "40 * (500+6)": the worked arithmetic of one estimate
ESTIMATE = re.compile(r"\d[\d.,]*(?:\s*[A-Za-z]{1,8})?\s*[×x*÷]\s*\(?\d")
# "Stores: index key + pointer to row", "Examples: F5, Citrix ADC": a verb or "examples" before the colon: the list says
VERB_LABEL = re.compile(r"(?:stores|uses|holds|keeps|contains|requires|supports|includes|returns|takes|needs|allows|provides|"
                         r"enables|prevents|ensures|reduces|improves|increases|avoids|adds|removes|creates|runs|sends|examples?|e\.g\.)", re.I)
