"""The critic's checks, in the order they run: clean first, then what is asked, then what is answered."""

from __future__ import annotations

from srs.extract.critic.analogy import analogy_back
from srs.extract.critic.bare_class import bare_class, compared_value, one_of_a_kind
from srs.extract.critic.bare_number import opening_number, timeline_slot, unnamed_number
from srs.extract.critic.benefit import benefit_as_definition, benefit_label
from srs.extract.critic.big_o import bare_cost
from srs.extract.critic.choices import either_back, slash_list
from srs.extract.critic.code_walk import code_walk
from srs.extract.critic.conditional import condition_as_meaning
from srs.extract.critic.content import navigation, oversize, trivial, unanswered
from srs.extract.critic.credential import credential
from srs.extract.critic.debris import debris
from srs.extract.critic.derived_share import derived_share
from srs.extract.critic.doc_intro import agenda_item, document_intro, publication_date
from srs.extract.critic.echo import doubled_label, restated, spelled_command
from srs.extract.critic.ending import (
    bare_verdict,
    cut_short,
    guessable_cloze,
    inline_bullets,
    inner_label,
    keyword_list_cloze,
    non_answer,
    small_word_cloze,
    status_code,
)
from srs.extract.critic.finding import Check
from srs.extract.critic.form import (
    fragment_front,
    heading_front,
    leans_back,
    placeholder_term,
    position_cue,
    statement_label,
)
from srs.extract.critic.label_value import (
    clause_label,
    command_argument,
    degrees_label,
    empty_meaning,
    examples_value,
    features_label,
    gherkin_step,
    named_by_key,
    number_label,
    number_list,
    other_subject,
    outline_number,
    port_value,
    question_value,
    quoted_value,
    readings,
    relative_back,
    run_result,
    setting_value_label,
    several_pairs,
    symbol_legend,
    synonym_in_label,
    table_pointer,
    todo_label,
    verdict_label,
)
from srs.extract.critic.labels import partial_item, unplaced_label, weak_label
from srs.extract.critic.language import cjk_lead_term, language
from srs.extract.critic.meaning import (
    asks_back,
    code_term,
    example_data,
    mangled_set,
    meta_section,
    procedure_step,
    quoted_back,
    reader_addressed,
    unnamed_parent,
)
from srs.extract.critic.page_index import page_number, page_remark
from srs.extract.critic.pairs import next_pair, pair_as_label
from srs.extract.critic.points_up import points_up
from srs.extract.critic.product_list import product_list
from srs.extract.critic.series_label import series_label
from srs.extract.critic.summary_tag import summary_tag
from srs.extract.critic.tone import answer_label, answer_plan, assignment, guessed_answer, sales_copy
from srs.extract.critic.traits import traits_as_members
from srs.extract.critic.translation import translation
from srs.extract.critic.usage import code_literal, sample_output, setting_example, usage_example
from srs.extract.critic.voice import (
    advice_back,
    caveat_back,
    connective_term,
    narrated_cloze,
    other_term,
    restating_back,
    step_label,
    tip_as_definition,
)

CHECKS: list[Check] = [
    debris,
    connective_term,
    doubled_label,
    usage_example,
    sample_output,
    setting_example,
    code_literal,
    condition_as_meaning,
    next_pair,
    pair_as_label,
    status_code,
    navigation,
    page_number,
    page_remark,
    document_intro,
    agenda_item,
    publication_date,
    meta_section,
    example_data,
    run_result,
    readings,
    quoted_value,
    degrees_label,
    symbol_legend,
    question_value,
    verdict_label,
    examples_value,
    translation,
    todo_label,
    features_label,
    outline_number,
    number_label,
    port_value,
    unnamed_number,
    opening_number,
    credential,
    timeline_slot,
    series_label,
    empty_meaning,
    table_pointer,
    number_list,
    named_by_key,
    relative_back,
    synonym_in_label,
    gherkin_step,
    several_pairs,
    command_argument,
    clause_label,
    setting_value_label,
    other_subject,
    code_walk,
    reader_addressed,
    narrated_cloze,
    advice_back,
    caveat_back,
    other_term,
    restating_back,
    step_label,
    tip_as_definition,
    procedure_step,
    position_cue,
    unnamed_parent,
    benefit_as_definition,
    benefit_label,
    bare_class,
    one_of_a_kind,
    compared_value,
    placeholder_term,
    fragment_front,
    leans_back,
    points_up,
    statement_label,
    summary_tag,
    product_list,
    weak_label,
    unplaced_label,
    partial_item,
    heading_front,
    analogy_back,
    either_back,
    slash_list,
    asks_back,
    quoted_back,
    mangled_set,
    traits_as_members,
    code_term,
    unanswered,
    inline_bullets,
    inner_label,
    cut_short,
    bare_verdict,
    non_answer,
    small_word_cloze,
    guessable_cloze,
    keyword_list_cloze,
    language,
    cjk_lead_term,
    bare_cost,
    derived_share,
    trivial,
    restated,
    spelled_command,
    sales_copy,
    guessed_answer,
    answer_plan,
    answer_label,
    assignment,
    oversize,
]

# the user's own cards (Q:/A:, "front :: back") are only cleaned, and dropped when the answer is no answer: a guess
# ("R: je suppose que non …" in an oral exam's transcript) or a placeholder ("R: […]")
OWN_CHECKS: list[Check] = [debris, guessed_answer, non_answer]

