"""The fixed word sets and patterns of the rationale rule, shared by its modules: question
and condition words, the verbs of continuing, ending and refusing, labels, and the like.

Words that are domain data rather than grammar are reviewed lexicon entries: the decision
words of ``lexicons/decisions.toml`` and the shared word lists of
``lexicons/domain-words.toml`` (asking for a decision, approving, approvals, the choices a
record weighs), read through ``recordlint.lexicon.word_list``."""

from __future__ import annotations

import re

from recordlint.names import COURTESY_TITLE
from recordlint.subjects import Referent

# Words that open a question or a topic heading rather than a statement of a decision
# ("What we decided and why", "Whether she can decide where to live").
WH_WORDS = frozenset({"what", "whether", "how", "why", "where", "who", "when", "which"})
# Subordinators that make a decision hypothetical or still to come: "if no reply, the case
# will be closed", "before anything is decided".
CONDITIONS = frozenset({"if", "unless", "whether", "until", "should", "before"})
# Words that open a clause of free choice: "Whatever you decide, your support will not
# change" says what holds whichever way a choice goes, so decides nothing by itself.
FREE_CHOICE = frozenset({"whatever", "whichever", "whoever"})
# Subordinators that make a decision wait on an event that will come: "Night sitting to end
# once equipment installed". Said of the writer's or the service's own decision, the event
# says when it takes effect, not why it was made; said of a step handed to a colleague or
# another team ("SW to close once OT completes"), the decision is theirs, made then.
WAITING = frozenset({"once"})
# What a person does not do in a condition that sets a deadline for them: "if no contact by
# 4/5", "if no response by Friday", "if no reply in 14 days". The decision is made now, on
# the silence it waits for (see ``exceptions.hypothetical``).
NO_RESPONSE = frozenset({"contact", "response", "reply", "answer"})
# What sets the time a reply is due by: "by 4/5", "within 14 days", "in 2 weeks".
DUE_BY = frozenset({"by", "within", "in", "before"})
# Modals of possibility: "a cooker would reduce the risk", "we may need to refer".
POSSIBILITY = frozenset({"would", "could", "might", "may"})
# Verbs that complete a decision named by a noun: "a best interests decision will be made",
# "OT referral completed". Other verbs make the noun a topic: "the referral was received".
COMPLETING = frozenset(
    {"make", "complete", "send", "submit", "do", "agree", "approve", "proceed", "progress",
     "take", "reach", "confirm", "accept", "authorise", "authorize", "record", "put"}
)  # fmt: skip
# Participles that say a decision is still wanted or waited for, not made: "BI decision
# required", "No best interests decision needed", "CHC decision awaited".
STILL_WANTED = frozenset({"require", "need", "await"})
# Verbs of writing down: a decision noun they are said of was made elsewhere, and the
# sentence tells where or when it was written ("BI decision recorded on system", "closure
# recorded 26/01"); "I have recorded my decision to close" names the decision it records.
RECORDING = frozenset({"record", "log", "document"})
# Events that follow one another in a process; "following the assessment" dates a
# decision but does not explain it, where "following the fall" does.
PROCEDURAL = frozenset(
    {"assessment", "review", "referral", "meeting", "discussion", "visit", "call",
     "conversation", "supervision", "contact", "panel", "screening", "triage", "allocation",
     "enquiry", "mdt", "appointment", "appt", "day", "date", "time", "this", "that",
     "completion", "involvement", "consultation", "period", "work"}
)  # fmt: skip
# Decision participles that, said of a person after "be" or a linking verb, describe a
# mood: "she was now withdrawn and fearing the worst", "he seemed withdrawn".
MOOD_PARTICIPLES = frozenset({"withdrawn"})
# Linking verbs that say how someone is or seems: "he seemed withdrawn", "has become
# withdrawn since his wife died".
LINKING_VERBS = frozenset({"be", "seem", "appear", "become", "look", "remain", "present", "feel"})
# "As we agreed" and "as discussed" refer back; they do not give a reason.
REFERRING_VERBS = frozenset(
    {"agree", "discuss", "say", "explain", "mention", "arrange", "plan", "state", "tell"}
)
# Verbs the writer tells someone with, in a note's past: "Told her no", "Advised him we
# cannot fund it" (see notes.refusals_told).
TELLING = frozenset({"tell", "advise", "inform"})
# The service's own negated modals when it refuses: "we can't", "we won't", "we cannot".
REFUSING_MODALS = frozenset({"can", "ca", "cant", "will", "wo", "wont", "could", "would"})
# "Care to stay as is", "as before", "as usual" keep things the same; they give no reason.
NOT_A_REASON_AFTER_AS = frozenset(
    {"well", "soon", "if", "though", "long", "much", "far", "per", "is", "are", "before", "now",
     "usual"}
)  # fmt: skip
# Prepositions that say where a person stands against a threshold or a place, giving a
# reason after "as" with the verb dropped: "not eligible as over pension age", "as under
# 18", "as outside the area". "As of Monday", "as for the calls" and "as in" do not.
STANDING_PREPOSITIONS = frozenset(
    {"over", "under", "below", "above", "beyond", "outside", "within", "without"}
)
# "wo" is the tokenizer's first half of "won't": "We won't be doing any more joint visits"
# refuses ahead as "will not" does.
FUTURE = frozenset({"will", "shall", "'ll", "would", "wo"})
# Connectives that say the reason is in the previous sentence.
CONSEQUENCE = frozenset({"therefore", "so", "consequently", "thus", "hence", "accordingly"})
# A labelled line that gives the reason: "Reason: she has a hot meal at the day centre."
REASON_LABELS = frozenset({"reason", "reasons", "rationale", "why", "because"})
# A line that heads a decision record's section of reasons, on a line of its own or as a
# label: "Rationale: ...", "Reasons for decision", "Considerations". A lone "Reason:" more
# often says why someone got in touch ("Reason: request for help with washing"), so it is
# not one.
REASONS_SECTION = re.compile(
    r"^[ \t]*(?:rationale|reasons|considerations"
    r"|reasons?[ \t]+for[ \t]+(?:the[ \t]+|this[ \t]+|my[ \t]+|our[ \t]+)?decisions?)"
    r"[ \t]*(?::|$)",
    re.I | re.M,
)
# A line that heads the decisions of a decision record, or labels one: "Decision",
# "Decisions:", "Decision: APPROVED for 14 days".
DECISION_SECTION = re.compile(r"^[ \t]*decisions?[ \t]*(?::|\r?\n|$)", re.I)
# Places a person is discharged from; that is an event, not the service's decision.
DISCHARGED_FROM = re.compile(r"\b(?:hospital|hosp|ward|a&e|infirmary|unit)\b", re.I)
# Who else may decide: the person, their family, other professionals.
OTHERS = frozenset(r for r in Referent if r.value in {"person", "other_person", "professional"})
# Verbs only someone can do; for the others ("needs are escalating", "the call will
# cease") a subject that is a thing makes the sentence an event, not a decision.
AGENTIVE = frozenset(
    {"agree", "decide", "approve", "recommend", "refer", "authorise", "authorize", "award",
     "fund", "conclude", "arrange", "decline", "withdraw"}
)  # fmt: skip
# Nouns whose infinitive says what someone wants, not what was decided.
WANTING_NOUNS = frozenset(
    {"request", "wish", "wishes", "hope", "attempt", "offer", "need", "ability", "chance",
     "opportunity", "right", "choice", "plan", "way", "time", "desire", "capacity"}
)  # fmt: skip
# Header lines of an email or form that name a topic: "Subject: case closure".
TOPIC_LABELS = frozenset({"subject", "re", "title", "from", "to", "cc", "regarding"})
# Form fields that hold a name, an address or a contact, never a decision:
# "Caller: Mrs Aziz (self-referral)", "Address: 4 Elm Close", and who holds a role at a
# meeting ("Chair: Ann Lee", "Decision maker: Dr Varga").
FIELD_LABELS = frozenset(
    {"address", "caller", "name", "referrer", "source", "gp", "tel", "telephone", "phone",
     "mobile", "email", "dob", "location", "venue", "present", "attendees", "contact",
     "nok", "kin", "carer", "landlord", "provider", "author", "by", "chair", "maker"}
)  # fmt: skip
# Longest label, in words, read for a form field that names who holds a role at a meeting:
# "Chair and decision maker: Ann Lee, Social Worker".
FIELD_LABEL_WORDS = 5
# The last word of such a label, naming the role.
ROLE_LABELS = frozenset({"chair", "maker"})
# Labels that introduce the decision itself; the lines after them may give its reason.
DECISION_LABELS = frozenset({"decision", "outcome", "plan", "agreed", "action", "actions"})
# Words that attach a condition to a decision after it: "respite to be arranged if her
# daughter cannot continue", "case to close once the new team allocates", "care
# suspended while in hospital".
CONTINGENCIES = frozenset({"if", "unless", "until", "till", "while", "whilst"})
# What may follow "until" and only say when, not on what: "until 31/03", "until further
# notice", "until Monday".
ONLY_WHEN = re.compile(
    r"\d.*|further|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan\w*|feb\w*|mar\w*|apr\w*|may"
    r"|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|next|the|end|tomorrow|today",
    re.I,
)
# A decision on eligibility: "not eligible", "does not meet the eligibility criteria".
ELIGIBILITY = re.compile(r"\b(?:in)?eligib(?:le|ility)\b", re.I)
# Words that open a request to another team: "Pls suspend the DP", "Please close the case".
REQUESTING = frozenset({"please", "pls", "plz", "kindly"})
# Headings that announce the reason on the lines below: "Why", "Reasons for the decision".
REASON_HEADING = re.compile(
    r"(?:why|reasons?|rationale)(?: for (?:the|this|our|my) decisions?| we decided(?: this)?)?"
    r"\s*:?",
    re.I,
)
# The person's consent or request given as the reason: "with your consent", "at your request".
# Kept in code, not the lexicon: the lexicon matches word by word and these need any owner.
CONSENT = re.compile(
    rf"\b(?:with|at) (?:your|his|her|their|my|(?:(?:{COURTESY_TITLE}) )?\w+['’]s) "
    r"(?:full )?(?:consent|agreement|permission|request)\b"
    r"|\bas you (?:asked|requested|wanted|wished)\b"
    r"|\b(?:you|she|he|they) (?:was|were|is|are) keen\b"
    r"|\bas per (?:(?:your|his|her|their|the|\w+'s) )?(?:[\w']+ )?(?:request|wishes|wish)\b"
    # A best interests decision names whose interests it serves: "in Mrs Khan's best
    # interests" (the lexicon has "in her best interests", word by word).
    r"|\bin (?:\w+ )?\w+['’]s? best interests?\b",
    re.I,
)
# Verbs that give someone what they are entitled to. Put in the passive with the person as
# subject and the thing given kept as object ("He was awarded Attendance Allowance", "You
# have been awarded Band C"), they report what the person now receives, from the side of who
# receives it; "Band C awarded" names the thing and is read as the service's decision.
ENTITLING = frozenset({"award", "grant"})
# Note-style decisions with no lexicon word: "Placement to continue", "Day service to end",
# "Your support will not change". "End", "stop" and "stay" are too often events to be
# lexicon entries ("the call ended"); here they count only in these note or future shapes.
CONTINUING = frozenset({"remain", "continue", "end", "stay", "stop", "cease"})
# "Will cease" stays out: "cease" is a decision word already, read (see someone_elses and
# _service_will_end) only of a service the writer names; "will end" is how letters tell a
# person their service ends.
CHANGING_IN_FUTURE = (CONTINUING - {"cease"}) | {"change"}
# Events that begin and end by themselves: "the meeting will end at 3".
EVENTS = frozenset(
    {"meeting", "appointment", "appt", "day", "date", "time",
     "conversation", "discussion", "session", "week", "month", "year"}
)  # fmt: skip
# Verbs that say a contact finished: "10:58 call ended", "Meeting closed approx 16:10".
FINISHING = frozenset({"close", "end", "finish", "conclude"})
# Contacts that finish at a time of day, said with the clock time they finished at: the
# events above, a phone call, a visit or a consultation. A review or an assessment closed is
# a piece of work closed, whatever time the note gives ("14:45 Review closed.").
TIMED_CONTACTS = EVENTS | {"call", "visit", "consultation"}
# "Plan continues", "Package remains the same": a service kept as it is, said in the present.
KEPT_AS_IT_IS = frozenset({"remain", "continue", "stay"})
# What a service kept as it is stays: "Package remains the same", "Case remains open".
AS_IT_IS = frozenset({"same", "unchanged", "open"})
# Verbs that end a service, which a note puts in the passive: "Placement to be ended".
ENDING = frozenset({"end", "stop", "cease"})
# Verbs that each end a service: the same decision whichever a note says it again with.
ENDING_A_SERVICE = ENDING | {"remove", "cancel", "discontinue", "withdraw"}
# Verbs a service's amount changes by, used without an object in a note's infinitive or a
# letter's future: "Lunch call to reduce to 30 mins", "Your support will increase from 6 to
# 8 hours". In the passive ("reduced to 30 mins") they are read as the lexicon's decisions;
# without an object and with no amount ("her anxiety will reduce") they are a thing changing.
CHANGING_AN_AMOUNT = frozenset({"reduce", "increase"})
# Verbs that decide whoever a note names to carry them out: "ASC to close", "OT to close
# if no contact", "SW to reduce the calls", where "Council to fund interim" and "Housing to
# continue with rehousing" give a body its next task.
DECIDING_WHOEVER_ACTS = (
    ENDING_A_SERVICE | CHANGING_AN_AMOUNT | {"close", "discharge", "refuse", "decline", "suspend"}
)
# What a service refers on, which a note may withhold as it withholds a service: "No CLDT
# referral".
REFERRALS = frozenset({"referral", "referal"})
# Nouns that name when something happens, which agreeing one fixes: "date to be agreed".
TIME_NOUNS = frozenset({"date", "time", "day"})
# Verbs of beginning, which a decision word may complete: "began to close".
BEGINNING = frozenset({"begin", "start"})
# Verbs that refuse what was asked for: "Application rejected", "Claim refused".
REFUSING = frozenset({"refuse", "reject"})
# The same, with a request declined: "Request for overnight respite declined".
TURNING_DOWN = REFUSING | {"decline"}
# Calls that are conversations, not visits of a service: "Phone call ended".
PHONE_WORDS = frozenset({"phone", "telephone", "tel", "video", "zoom", "teams", "mobile"})
# The same said with no verb: "Package of care unchanged".
LEFT_AS_IT_IS = frozenset({"unchanged"})
# Words that negate a verdict in a note: "Checklist not needed", "no longer appropriate".
NEGATIONS = frozenset({"not", "n't", "never"})
# Words that head a list of what a plan aims at; "Outcomes" is read in the plural only,
# since "Outcome:" heads the decisions a note records.
AIM_WORDS = frozenset({"goal", "aim", "objective", "achieve", "target"})
# Decision verbs that change a service, and so need the service they change.
CHANGING_SERVICES = frozenset({"pause", "suspend", "cancel", "cease", "discontinue"})
# The labels a note gives a case's rating under ("Priority: Low.", "RAG rating: Amber.",
# "Risk: High.", "Risk level - HIGH."): a rating, not a body ("RAG" is no organisation).
RATING_LABELS = frozenset(
    {
        ("priority",),
        ("rag",),
        ("rag", "rating"),
        ("risk",),
        ("risk", "rating"),
        ("risk", "level"),
    }
)
# Where a case is closed as a record ("Closed on hub", "Package closed on system"), besides
# a system's initials ("Closed on FD", "Close on LAS").
RECORD_PLACES = frozenset({"system", "hub", "ward", "caseload", "database", "file", "record"})
# The record itself, closed as the keeping of a decision made before it ("Her record will be
# closed once the equipment is collected", "File closed."), where "Case closed" decides.
RECORDS_KEPT = frozenset({"record", "file"})
# Bodies that are the service itself, whose active decisions are the service's own.
OUR_SERVICE = frozenset(
    {"council", "authority", "la", "asc", "department", "team", "directorate", "we"}
)
# Who else a decision may belong to, when a verb says what was done: the care home
# ("Home agreed to keep Violet") as well as the person, family and other professionals.
OTHER_DOERS = OTHERS | {Referent.HOME}
# What a verdict is passed on besides a service: "Checklist not needed", "threshold not met",
# "Daniel's request for a move not supported". Other subjects make the verdict a description
# ("his friendships did not extend beyond work").
DECIDED_BESIDES_SERVICES = frozenset(
    {"checklist", "threshold", "criteria", "assessment", "request", "application", "move",
     "place", "extension", "increase", "change", "adaptation", "equipment", "aid"}
)  # fmt: skip
# Having or lacking what a capacity assessment looks for.
HAVING = frozenset({"have", "lack"})
# Verbs that set up a step in a process: "arrange a review", "hold a meeting".
SETTING_UP = frozenset({"arrange", "hold", "book", "convene", "organise", "organize"})
# Things a service keeps a case on: "Case kept on the duty list", "S42 kept open".
KEPT_ON = frozenset({"list", "hold", "caseload", "duty", "books", "file", "waiting"})
# Places a person is moved between in a transfer ("Transfer bed to chair with one carer"):
# an observation of how someone moves, not a move of service.
BODY_TRANSFER = re.compile(
    r"\b(?:independent(?:ly)?|assist\w*|with (?:one|two|1|2) carers?|grab rail|bed|chair|"
    r"toilet|commode|bath|shower|wheelchair|stand(?:ing)?|sit(?:ting)?|on/off|car)\b",
    re.I,
)
# What a note closes with a bare "close" that the tagger reads as an adjective: "Close case.",
# "Ahmed K - close case.", "Manager decision: Close enquiry.", "Close SG episode.".
CLOSED_THINGS = frozenset({"case", "referral", "episode", "enquiry", "involvement", "file"})
