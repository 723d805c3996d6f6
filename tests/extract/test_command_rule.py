"""The command rule: a task caption over a short shell block, or a block with the sentence under it saying
what it does, becomes "Command to <task>?" / "Which command <does>?" with the command as the answer.
Made-up notes in the shapes cheat sheets and certification notes use."""

from tests.extract.extract_helpers import notes


def cards(text: str) -> dict[str, str]:
    return {n.front: n.back for n in notes(text, "command")}


def test_a_task_caption_over_a_command_block_asks_for_the_command():
    text = ("# Queue tool\n\n## Topics\n\nCreate a topic using the command:\n\n```bash\nqtool topic add orders\n```\n\n"
            "To delete a topic, run:\n\n```\nqtool topic rm orders\n```\n")
    assert cards(text) == {"`qtool` command to create a topic?": "```bash\nqtool topic add orders\n```",
                           "`qtool` command to delete a topic?": "```\nqtool topic rm orders\n```"}


def test_a_sentence_under_a_block_says_what_the_command_does():
    text = ("## Archives\n\n```bash\npack -l <archive>\n```\nLists the contents of an archive. The l flag lists.\n\n"
            "```bash\npack -x <archive>\n```\nExtract an archive\n")
    assert cards(text) == {"Which command lists the contents of an archive?": "```bash\npack -l <archive>\n```",
                           "Which command extracts an archive?": "```bash\npack -x <archive>\n```"}


def test_a_sentence_between_two_blocks_belongs_to_the_block_above_unless_it_leads_in():
    text = ("## Volumes\n\n```bash\nvolls\n```\nList volumes\n\n```bash\nvolmk <disk>\n```\n"
            "Creates a volume from a disk\n")
    got = cards(text)
    assert got["Which command lists volumes?"] == "```bash\nvolls\n```"
    assert "Command to list volumes?" not in got


def test_no_card_when_the_block_is_not_a_command_or_the_caption_leans_on_text_before_it():
    yaml = "## Pods\n\nCreate a pod from this file:\n\n```yaml\napiVersion: v1\nkind: Pod\n```\n"
    leaning = "## Scheduler\n\nView the options as previous or use the command:\n\n```bash\nps aux | grep sched\n```\n"
    elided = "## Links\n\nCreate a link:\n\n```bash\nnetlink add <...>\n```\n"
    output = "## Pods\n\n```bash\nkube get pods\n```\nThe output shows every pod.\n"
    long_block = "## Setup\n\nInstall the tools:\n\n```bash\n" + "".join(f"step{i} --go\n" for i in range(6)) + "```\n"
    for text in (yaml, leaning, elided, output, long_block):
        assert cards(text) == {}, text


def test_no_command_card_in_other_languages_or_for_a_caption_that_shows_the_command():
    spanish = "## Temas\n\nCrear un tema con el comando:\n\n```bash\nqtool topic add orders\n```\n"
    shown = "## Pods\n\nUse `kube get all` to list everything:\n\n```bash\nkube get all\n```\n"
    assert cards(spanish) == {} and cards(shown) == {}


def test_a_block_under_a_goal_list_heading_is_still_the_subject():
    text = ("# Admin cheat sheet\n\n## Objectives\n\n### Manage archives (Todo)\n\n```bash\npack -l <archive>\n```\n"
            "Lists the contents of an archive\n")
    got = notes(text, "command")
    assert [n.front for n in got] == ["Which command lists the contents of an archive?"]
    assert got[0].heading_path[-1] == "Manage archives"


def test_a_sentence_with_blank_lines_around_it_leads_in_to_the_block_below():
    text = ("## Store\n\nRuns the server\n\n```bash\n./kvd\n```\n\nStore a key-value pair\n\n```bash\n./kvctl set k v\n```\n")
    assert cards(text) == {"Command to store a key-value pair?": "```bash\n./kvctl set k v\n```"}


def test_a_list_item_over_its_command_block_and_a_task_label_with_a_command():
    text = ("## Nodes\n\n- Drain a node before maintenance:\n  ```bash\n  kube drain <node> --evict-all\n  ```\n"
            "- List all nodes: `kube get nodes`\n- Set kth bit: `s |= (1 << k);`\n- Access Max / Min: `O(1)`\n")
    assert cards(text) == {"`kube` command to drain a node before maintenance?": "```bash\nkube drain <node> --evict-all\n```",
                           "`kube` command to list all nodes?": "`kube get nodes`"}


def test_the_front_names_the_tool_of_a_subcommand_unless_the_context_does():
    unnamed = ("## Useful commands\n\nShow the logs of a container:\n\n```\nboxer logs -f <container>\n```\n\n"
               "```\nboxer-compose oneshot <service>\n```\nRuns a one-time command against a service.\n")
    named = "## Boxer\n\nShow the logs of a container:\n\n```\nboxer logs -f <container>\n```\n"
    plain = "## Files\n\nList the files of a folder:\n\n```\nls -la <folder>\n```\n"
    assert cards(unnamed) == {"`boxer` command to show the logs of a container?": "```\nboxer logs -f <container>\n```",
                              "Which `boxer-compose` command runs a one-time command against a service?":
                                  "```\nboxer-compose oneshot <service>\n```"}
    assert list(cards(named)) == ["Command to show the logs of a container?"]
    assert list(cards(plain)) == ["Command to list the files of a folder?"]


def test_no_card_for_a_command_on_one_machines_id():
    text = "## Useful commands\n\nShow the logs of a container:\n\n```\nboxer logs -f 3f2a9c1d7e4b\n```\n"
    assert cards(text) == {}
