"""Demo resource library for `seed_demo`: idempotent, found again by slug.

The text is the service's own, written from ../shared/DOMAIN.md and the job descriptions in
../shared/seeds: plain UK English, no family names or identifying details.
"""

import json
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from content.enums import CalloutStyle, ResourceKind
from content.models import EasyReadVersion, ResourceIndexPage, ResourcePage
from people.enums import Audience

PRACTITIONERS = Audience.PRACTITIONERS
EXPERTS = Audience.EXPERTS_BY_EXPERIENCE
VOLUNTEERS = Audience.VOLUNTEERS
COMMUNITY = (EXPERTS, VOLUNTEERS)
EVERYONE = (PRACTITIONERS, EXPERTS, VOLUNTEERS)

LIBRARY_INTRODUCTION = (
    "<p>Guides, templates and reading for everyone who takes part in family group "
    "decision making: practitioners, experts by experience and volunteers. You see the "
    "resources written for you.</p>"
)


def text(html: str) -> dict:
    return {"type": "text", "value": html}


def callout(style: str, heading: str, html: str) -> dict:
    return {"type": "callout", "value": {"style": style, "heading": heading, "text": html}}


@dataclass(frozen=True)
class DemoResource:
    slug: str
    title: str
    summary: str
    kind: str
    audiences: tuple[str, ...]
    tags: tuple[str, ...]
    reading_minutes: int
    body: list[dict]
    easy_read_summary: str = ""
    easy_read: list[dict] = field(default_factory=list)
    overdue: bool = False


RESOURCES = [
    DemoResource(
        slug="what-happens-at-a-family-group-conference",
        title="What happens at a family group conference",
        summary=(
            "A guide for family members and the people who support them: who comes, the "
            "three parts of the meeting and what happens afterwards."
        ),
        kind=ResourceKind.GUIDE,
        audiences=EVERYONE,
        tags=("family group conference", "preparation"),
        reading_minutes=7,
        body=[
            text(
                "<h2>What it is</h2>"
                "<p>A family group conference is a meeting where a child's family and friends "
                "come together to make a plan for the child. The family leads. Professionals "
                "share what they know and then step back so the family can decide.</p>"
                "<p>Taking part is voluntary. The people with parental responsibility have to "
                "agree to it, and they can change their minds.</p>"
                "<h2>Before the meeting</h2>"
                "<p>An independent coordinator organises the conference. The coordinator does "
                "not make decisions about the child and does not take sides. Over a few weeks "
                "they:</p>"
                "<ul><li>meet the parents first, then the wider family and friends</li>"
                "<li>help the family think about everyone who matters to the child: relatives, "
                "friends, neighbours, people from a faith community</li>"
                "<li>talk with the child, and offer them an advocate</li>"
                "<li>find a place and time that suit the family, and book an interpreter if "
                "one is needed</li>"
                "<li>collect the views of anyone who cannot come</li></ul>"
                "<p>The social worker who asked for the conference writes down what they are "
                "worried about, the <strong>bottom lines</strong> any plan must meet for the "
                "child to be safe, and the questions the family is asked to answer.</p>"
                "<h2>The meeting has three parts</h2>"
                "<h3>1. Sharing information</h3>"
                "<p>The coordinator welcomes everyone and agrees ground rules. Professionals "
                "explain their worries, what help is on offer, and what will happen if no plan "
                "is agreed. Family members can ask questions.</p>"
                "<h3>2. Private family time</h3>"
                "<p>All the professionals leave the room, the coordinator too. The family talks "
                "on its own and answers the questions. There is no time limit.</p>"
                "<h3>3. Agreeing the plan</h3>"
                "<p>The family shares its plan. It is agreed unless it would leave the child "
                "unsafe or misses a bottom line. Everyone checks who will do what and by when, "
                "how the plan will be checked, what happens if something goes wrong, and when "
                "the plan will be reviewed.</p>"
                "<h2>Afterwards</h2>"
                "<p>Everyone who took part gets a copy of the plan within a few days. A review "
                "meeting usually happens after two or three months to see how it is going.</p>"
            ),
            callout(
                CalloutStyle.TIP,
                "Ask the coordinator",
                "<p>Nobody should walk into the meeting without knowing what will happen. If you "
                "or the family you support are unsure about anything, ask the coordinator "
                "before the day.</p>",
            ),
        ],
        easy_read_summary="What happens at a family group conference. For family members.",
        easy_read=[
            text(
                "<h2>What is it?</h2>"
                "<p>A family group conference is a meeting.</p>"
                "<p>A child's family and friends come together.</p>"
                "<p>They make a plan to keep the child safe and well.</p>"
                "<h2>Before the meeting</h2>"
                "<p>A coordinator helps everyone get ready.</p>"
                "<p>The coordinator does not take sides.</p>"
                "<p>They ask who is important to the child.</p>"
                "<p>The child can have an advocate.</p>"
                "<p>An advocate helps the child say what they think.</p>"
                "<h2>At the meeting</h2>"
                "<p>There are 3 parts.</p>"
                "<p><strong>Part 1.</strong> Workers say what they are worried about.</p>"
                "<p><strong>Part 2.</strong> The workers leave the room. The family talks on "
                "its own. This is called private family time.</p>"
                "<p><strong>Part 3.</strong> The family shares its plan. The social worker "
                "checks the plan keeps the child safe.</p>"
                "<h2>After the meeting</h2>"
                "<p>Everyone gets a copy of the plan.</p>"
                "<p>There is another meeting after 2 or 3 months.</p>"
                "<p>It checks how the plan is going.</p>"
            )
        ],
    ),
    DemoResource(
        slug="private-family-time",
        title="Private family time",
        summary=(
            "Why professionals leave the room, what the family does on its own, and how to "
            "help a family use the time well."
        ),
        kind=ResourceKind.GUIDE,
        audiences=EVERYONE,
        tags=("private family time", "family group conference"),
        reading_minutes=5,
        body=[
            text(
                "<h2>What it is</h2>"
                "<p>Private family time is the heart of a family group conference. After the "
                "information-sharing part of the meeting, every professional leaves the room, "
                "the coordinator included. The family and friends talk on their own and work "
                "out their answers to the questions they were asked.</p>"
                "<h2>Why professionals leave</h2>"
                "<p>Families know themselves: who can help, when and how. People often speak "
                "more openly when professionals are not listening, and a family is more likely "
                "to keep a plan it made itself.</p>"
                "<h2>What the family has with them</h2>"
                "<ul><li>the questions they have been asked to answer</li>"
                "<li>the bottom lines their plan must meet</li>"
                "<li>something to write the plan down on</li>"
                "<li>food and drink: the time can be long</li></ul>"
                "<p>There is no time limit. The coordinator stays close by, so the family can "
                "ask for information or help at any point.</p>"
                "<h2>If you are supporting a family</h2>"
                "<p>In many services a child's advocate may stay with the child during private "
                "family time if the family and the child want that. Nobody else stays unless "
                "the family asks and the coordinator has agreed it beforehand.</p>"
            ),
            callout(
                CalloutStyle.IMPORTANT,
                "It stays private",
                "<p>Do not ask family members afterwards to tell you what was said in private "
                "family time. What matters is the plan they bring back.</p>",
            ),
        ],
        easy_read_summary="Private family time: when the family talks on its own.",
        easy_read=[
            text(
                "<h2>What is it?</h2>"
                "<p>It is part of a family group conference.</p>"
                "<p>All the workers leave the room.</p>"
                "<p>The family talks on its own.</p>"
                "<p>The family makes a plan for the child.</p>"
                "<h2>Why do workers leave?</h2>"
                "<p>Families know themselves best.</p>"
                "<p>It can be easier to talk without workers there.</p>"
                "<h2>How long is it?</h2>"
                "<p>There is no time limit.</p>"
                "<p>You can ask the coordinator for help at any time.</p>"
            )
        ],
    ),
    DemoResource(
        slug="what-a-family-plan-is",
        title="What a family plan is",
        summary=(
            "What goes into the plan a family makes at a conference, who agrees it, and what "
            "happens if it stops working."
        ),
        kind=ResourceKind.GUIDE,
        audiences=COMMUNITY,
        tags=("family plan", "family group conference"),
        reading_minutes=5,
        body=[
            text(
                "<h2>A plan made by the family</h2>"
                "<p>At the end of a family group conference the family shares the plan it made "
                "in private family time. It says how family and friends will keep the child "
                "safe and well.</p>"
                "<h2>What a good plan says</h2>"
                "<ul><li><strong>who</strong> will do each thing</li>"
                "<li><strong>what</strong> they will do</li>"
                "<li><strong>when</strong>, and how often</li>"
                "<li>what help the family needs from services</li>"
                "<li>how everyone will know the plan is working</li>"
                "<li>what happens if part of it stops working: the back-up, or contingency, "
                "plan</li>"
                "<li>the date of the review meeting</li></ul>"
                "<h2>Who agrees it</h2>"
                "<p>The plan is agreed unless it would leave the child unsafe or misses one of "
                "the bottom lines set before the meeting. If something is missing, the family "
                "can go back into private family time to work on it.</p>"
                "<h2>After the meeting</h2>"
                "<p>The coordinator sends the plan to everyone who took part, usually within a "
                "few days. Its actions become part of the child's plan. At the review, usually "
                "two or three months later, everyone looks at what has worked and changes what "
                "needs to change.</p>"
            ),
            callout(
                CalloutStyle.TIP,
                "Small and specific",
                "<p>“Grandma collects the children from school on Tuesdays and Thursdays” is "
                "easier to keep, and to check, than “the family will help more”.</p>",
            ),
        ],
        easy_read_summary="A family plan says how the family will keep a child safe.",
        easy_read=[
            text(
                "<h2>What is a family plan?</h2>"
                "<p>The family makes the plan at the meeting.</p>"
                "<p>It says how the family will keep the child safe and well.</p>"
                "<h2>A good plan says</h2>"
                "<ul><li>who will help</li><li>what they will do</li>"
                "<li>when they will do it</li><li>what to do if something goes wrong</li></ul>"
                "<h2>What happens next?</h2>"
                "<p>Everyone gets a copy of the plan.</p>"
                "<p>After 2 or 3 months there is a review meeting.</p>"
                "<p>The plan can change if it needs to.</p>"
            )
        ],
    ),
    DemoResource(
        slug="being-an-advocate-for-a-child",
        title="Being an advocate for a child",
        summary=(
            "For volunteer advocates: what the role is and is not, how to help a child "
            "prepare, and how to make sure their views are heard."
        ),
        kind=ResourceKind.GUIDE,
        audiences=(VOLUNTEERS, PRACTITIONERS),
        tags=("advocacy", "children's views"),
        reading_minutes=8,
        body=[
            text(
                "<h2>Your role</h2>"
                "<p>An advocate helps a child or young person take part in their own family "
                "group conference. You make sure their wishes and feelings are heard, in their "
                "words, by the people making the plan.</p>"
                "<p>You are independent of the social worker and of the family. You do not "
                "make decisions, you do not give your own view of what should happen, and you "
                "do not write reports.</p>"
                "<h2>Before the meeting</h2>"
                "<p>You will usually meet the child two or three times before the conference. "
                "Use that time to:</p>"
                "<ul><li>explain what the meeting is for, who will be there and what will "
                "happen, in words that suit their age</li>"
                "<li>ask what they want people to know, what worries them and what they hope "
                "for</li>"
                "<li>agree how their views will be shared: they can speak, you can speak for "
                "them, or you can read out something they wrote or drew</li>"
                "<li>agree what they do not want shared</li></ul>"
                "<h2>At the meeting</h2>"
                "<p>Sit with the child. Help them say what they want to say, or say it for them "
                "as you agreed. If they do not want to stay for all of it, make sure their views "
                "are still heard.</p>"
                "<h2>Afterwards</h2>"
                "<p>Check the child knows what was decided and who to talk to if the plan is "
                "not working for them.</p>"
            ),
            callout(
                CalloutStyle.IMPORTANT,
                "If you are worried about a child's safety",
                "<p>Tell the coordinator straight away. Explain this to the child at your first "
                "meeting: you cannot keep a secret that means someone is not safe.</p>",
            ),
        ],
        easy_read_summary="Being an advocate: helping a child say what they think.",
        easy_read=[
            text(
                "<h2>What does an advocate do?</h2>"
                "<p>You help a child say what they think and feel.</p>"
                "<p>You make sure the family hears the child.</p>"
                "<h2>What an advocate does not do</h2>"
                "<ul><li>You do not make decisions.</li><li>You do not take sides.</li>"
                "<li>You do not write reports.</li></ul>"
                "<h2>Before the meeting</h2>"
                "<p>You meet the child 2 or 3 times.</p>"
                "<p>You explain the meeting in words they understand.</p>"
                "<p>You agree how to share their views.</p>"
                "<h2>Keeping children safe</h2>"
                "<p>If you are worried a child is not safe, tell the coordinator straight "
                "away.</p>"
            )
        ],
    ),
    DemoResource(
        slug="advocate-preparation-checklist",
        title="Advocate's preparation checklist",
        summary="A checklist for each visit with a child before their family group conference.",
        kind=ResourceKind.TEMPLATE,
        audiences=(VOLUNTEERS,),
        tags=("advocacy", "children's views", "preparation"),
        reading_minutes=3,
        body=[
            callout(
                CalloutStyle.IMPORTANT,
                "No names",
                "<p>Do not write the child's name, or anything that could identify them, on "
                "this checklist.</p>",
            ),
            text(
                "<h2>First visit</h2>"
                "<ul><li>I have explained who I am and that I am independent of the social "
                "worker</li>"
                "<li>I have explained what I will do if I am worried about their safety</li>"
                "<li>The child knows what a family group conference is and why it is "
                "happening</li></ul>"
                "<h2>Second visit</h2>"
                "<ul><li>We have talked about what is going well, what worries them and what "
                "they hope for</li>"
                "<li>We have agreed how their views will be shared</li>"
                "<li>We have agreed what must not be shared</li></ul>"
                "<h2>Before the meeting</h2>"
                "<ul><li>The child knows who will be there and where they will sit</li>"
                "<li>We have a sign for “I need a break”</li>"
                "<li>Their views are written in their own words, and they have checked "
                "them</li></ul>"
            ),
        ],
    ),
    DemoResource(
        slug="being-an-expert-by-experience-on-a-training-day",
        title="Being an expert by experience on a training day",
        summary=(
            "What to expect when you help train staff: planning with the trainer, sharing your "
            "story safely, and looking after yourself on the day."
        ),
        kind=ResourceKind.GUIDE,
        audiences=(EXPERTS, PRACTITIONERS),
        tags=("training", "wellbeing"),
        reading_minutes=6,
        body=[
            text(
                "<h2>Why your voice matters</h2>"
                "<p>Staff learn from hearing what a family group conference or child protection "
                "felt like from the other side of the table. What you say can change how they "
                "prepare families, how they write and how they speak.</p>"
                "<h2>Before the day</h2>"
                "<ul><li>Meet the trainer to agree which part of the day you will lead, and for "
                "how long</li>"
                "<li>Decide what you will and will not talk about. You can change your mind at "
                "any time</li>"
                "<li>Ask who will be in the room, and whether anyone there might know your "
                "family</li>"
                "<li>Agree a signal with the trainer for when you need a break</li></ul>"
                "<h2>On the day</h2>"
                "<p>Tell your story your way. You do not have to answer every question: "
                "“I'd rather not talk about that” is a complete answer.</p>"
                "<p>Other people's details are not yours to share. Talk about your own "
                "experience without naming anyone else or giving details that could identify "
                "them.</p>"
                "<h2>Afterwards</h2>"
                "<p>Talking about hard times can bring feelings back, sometimes days later. Plan "
                "something you enjoy for afterwards, and talk to your mentor about how it "
                "went.</p>"
            ),
            callout(
                CalloutStyle.TIP,
                "Expenses and payment",
                "<p>Arrangements differ between services. Ask your mentor before the day what "
                "to expect.</p>",
            ),
        ],
    ),
    DemoResource(
        slug="planning-what-you-share",
        title="Planning what you share: a worksheet",
        summary=(
            "Five questions to work through, alone or with your mentor, before you speak at a "
            "training day, meeting or event."
        ),
        kind=ResourceKind.TEMPLATE,
        audiences=(EXPERTS,),
        tags=("training", "confidentiality"),
        reading_minutes=5,
        body=[
            text(
                "<h2>1. What is your message?</h2>"
                "<p>What do you want people to remember? Try to say it in one sentence.</p>"
                "<h2>2. What will you share?</h2>"
                "<p>Choose two or three moments from your experience that show your "
                "message.</p>"
                "<h2>3. What will you keep private?</h2>"
                "<p>Write down what you will not talk about. You never have to explain "
                "why.</p>"
                "<h2>4. Whose story is it?</h2>"
                "<p>Check that nothing you share would let someone identify your children, "
                "other family members or anyone else.</p>"
                "<h2>5. Looking after yourself</h2>"
                "<p>Who will you talk to afterwards? What will you do to unwind?</p>"
            )
        ],
    ),
    DemoResource(
        slug="keeping-information-confidential",
        title="Keeping information confidential",
        summary=(
            "What you can and cannot share about the families you meet, how to keep papers "
            "safe, and when you must tell someone."
        ),
        kind=ResourceKind.GUIDE,
        audiences=COMMUNITY,
        tags=("confidentiality",),
        reading_minutes=6,
        body=[
            text(
                "<h2>Why it matters</h2>"
                "<p>Families trust us with private things: their health, their relationships, "
                "sometimes what has gone wrong in their lives. The law treats much of this as "
                "special category information, and it must be protected.</p>"
                "<h2>What this means for you</h2>"
                "<ul><li>Do not talk about a family outside your role, even without names. "
                "Small details, such as a street, a school or a job, can be enough to identify "
                "someone</li>"
                "<li>Do not post anything about your work with families on social media</li>"
                "<li>Keep any papers you are given safe, and return or destroy them as the "
                "coordinator asks</li>"
                "<li>Never write a family's names or details in Practice Circle, in mentoring "
                "notes or in training materials</li></ul>"
                "<h2>When you must share</h2>"
                "<p>If you are worried that a child or an adult is at risk of harm, tell the "
                "coordinator or your mentor straight away. Keeping someone safe comes before "
                "keeping a confidence. Be honest with families about this from the start.</p>"
                "<h2>If something goes wrong</h2>"
                "<p>If you lose papers or share something by mistake, tell the coordinator the "
                "same day. It is much easier to put right when it is dealt with quickly.</p>"
            )
        ],
        easy_read_summary="Keeping information private, and when you must tell someone.",
        easy_read=[
            text(
                "<h2>Keep it private</h2>"
                "<p>Families tell us private things.</p>"
                "<p>Do not talk about a family outside your role.</p>"
                "<p>Do not post about families online.</p>"
                "<p>Keep papers safe.</p>"
                "<p>Never write a family's name in your notes.</p>"
                "<h2>When you must tell someone</h2>"
                "<p>You may worry that someone is not safe.</p>"
                "<p>Tell the coordinator or your mentor straight away.</p>"
                "<h2>If you make a mistake</h2>"
                "<p>Tell the coordinator the same day.</p>"
            )
        ],
    ),
    DemoResource(
        slug="looking-after-yourself",
        title="Looking after yourself",
        summary=(
            "Supporting families can bring back memories and feelings. Ways to notice the "
            "signs, set limits and get support."
        ),
        kind=ResourceKind.GUIDE,
        audiences=COMMUNITY,
        tags=("wellbeing",),
        reading_minutes=5,
        body=[
            text(
                "<h2>It is normal to be affected</h2>"
                "<p>Helping families through hard times can be rewarding. It can also bring "
                "back memories of your own experience, or leave you worrying about a family "
                "after you get home. This is normal. It does not mean you are doing anything "
                "wrong.</p>"
                "<h2>Signs to notice</h2>"
                "<ul><li>trouble sleeping, or thinking about a family a lot</li>"
                "<li>feeling tired, tearful or short-tempered</li>"
                "<li>avoiding things you usually enjoy</li>"
                "<li>feeling you have to fix everything for a family</li></ul>"
                "<h2>Things that help</h2>"
                "<ul><li>Set limits: agree when you are available, and keep to it</li>"
                "<li>Have a way to end the day, such as a walk or music on the way home</li>"
                "<li>Talk to your mentor. Mentoring is about how you are, not just what you "
                "did</li>"
                "<li>Say no to a piece of work if the timing is not right for you</li></ul>"
                "<h2>Getting more help</h2>"
                "<p>If you are struggling, tell your mentor or the coordinator. You can also "
                "talk to your GP, or call Samaritans free on 116 123 at any time, day or "
                "night.</p>"
            )
        ],
        easy_read_summary="Looking after yourself when you help families.",
        easy_read=[
            text(
                "<h2>It is OK to feel upset</h2>"
                "<p>Helping families can bring back memories.</p>"
                "<p>This is normal.</p>"
                "<h2>Things that help</h2>"
                "<ul><li>Take breaks.</li><li>Do something you enjoy.</li>"
                "<li>Talk to your mentor.</li><li>It is OK to say no.</li></ul>"
                "<h2>Getting help</h2>"
                "<p>Tell your mentor if you are finding things hard.</p>"
                "<p>You can call Samaritans for free on 116 123.</p>"
            )
        ],
    ),
    DemoResource(
        slug="your-mentoring-sessions",
        title="Your mentoring sessions: what to expect",
        summary=(
            "How mentoring with a coordinator works, what gets written down and who can read it."
        ),
        kind=ResourceKind.GUIDE,
        audiences=COMMUNITY,
        tags=("mentoring",),
        reading_minutes=4,
        body=[
            text(
                "<h2>What mentoring is for</h2>"
                "<p>Your mentor is a coordinator in the family group conference team. They help "
                "you grow in your role, talk through what went well and what was hard, and "
                "point you to things that might help.</p>"
                "<h2>How sessions work</h2>"
                "<ul><li>You agree together how often to meet, usually every few weeks</li>"
                "<li>Sessions can be in person, by phone or by video call</li>"
                "<li>Bring anything you want to talk about</li></ul>"
                "<h2>What is written down</h2>"
                "<p>After each session your mentor records the date, what you talked about and "
                "the next steps you agreed. You can read these under “My circle”.</p>"
                "<p>Your mentor can also keep short private notes to help them support you. "
                "Only your mentor sees those. Team leaders see how many sessions took place, "
                "never what was said.</p>"
                "<p>Nobody writes a family's names or details in mentoring notes.</p>"
            )
        ],
    ),
    DemoResource(
        slug="mapping-the-family-network",
        title="Mapping the family network",
        summary=(
            "Practical ways to find the people who matter to a child before a family group "
            "conference, beyond the parents' first list."
        ),
        kind=ResourceKind.GUIDE,
        audiences=(PRACTITIONERS,),
        tags=("preparation", "family group conference"),
        reading_minutes=6,
        body=[
            text(
                "<h2>Why map the network</h2>"
                "<p>A family plan is only as strong as the people who make it. Parents often "
                "name only a few people at first: sometimes from shame, sometimes because they "
                "have not thought of them.</p>"
                "<h2>Ways in</h2>"
                "<ul><li>Start with the parents, then ask everyone you meet who else matters to "
                "the child</li>"
                "<li>Draw a genogram or ecomap together rather than filling in a form</li>"
                "<li>Ask the child who they would want there, and who they trust</li>"
                "<li>Think about friends, neighbours, faith contacts, former carers, and people "
                "from school or clubs</li>"
                "<li>Ask about both sides of the family, and about anyone who has lost "
                "touch</li></ul>"
                "<h2>Preparing each person</h2>"
                "<p>Everyone invited should know the purpose of the meeting, the worries and "
                "what will happen before the day. Consider culture, language and access needs: "
                "book interpreters and choose a neutral venue.</p>"
            ),
            callout(
                CalloutStyle.IMPORTANT,
                "Where network details belong",
                "<p>Record people's details on the case record, never in Practice Circle or in "
                "training notes.</p>",
            ),
        ],
    ),
    DemoResource(
        slug="writing-bottom-lines-and-questions",
        title="Writing bottom lines and questions for the family",
        summary=(
            "For referrers: worries in plain words, bottom lines a family can plan to, and "
            "questions a family can answer."
        ),
        kind=ResourceKind.GUIDE,
        audiences=(PRACTITIONERS,),
        tags=("referral", "signs of safety"),
        reading_minutes=6,
        overdue=True,
        body=[
            text(
                "<h2>Worries in plain words</h2>"
                "<p>Say who is worried, what they fear will happen if nothing changes, and what "
                "that would mean for the child. Use behaviour-specific, jargon-free words, and "
                "pair each worry with a safety goal, as in a Signs of Safety danger "
                "statement.</p>"
                "<h2>Bottom lines</h2>"
                "<p>Bottom lines are what any plan must achieve for the child to be safe. The "
                "family needs them before private family time so they can plan to them.</p>"
                "<ul><li>Write them as what must happen for the child</li>"
                "<li>Keep them few and specific</li>"
                "<li>Include only what is truly non-negotiable: everything else is for the "
                "family to decide</li></ul>"
                "<h2>Questions for the family</h2>"
                "<p>Good questions are open and are the family's to answer: “How will the "
                "family make sure the children get to school every day?” works better than a "
                "question with a yes or no answer about one person.</p>"
            )
        ],
    ),
    DemoResource(
        slug="working-alongside-experts-by-experience-and-volunteers",
        title="Working alongside experts by experience and volunteers",
        summary=(
            "How coordinators can support, mentor and learn from experts by experience and "
            "volunteer advocates."
        ),
        kind=ResourceKind.GUIDE,
        audiences=(PRACTITIONERS,),
        tags=("mentoring", "working together"),
        reading_minutes=5,
        body=[
            text(
                "<h2>What they bring</h2>"
                "<p>Experts by experience have been through family group conferences or child "
                "protection themselves. Volunteers, such as advocates and befrienders, bring "
                "time and independence. Both help families trust the process, and both can "
                "change how staff practise.</p>"
                "<h2>Your part as a mentor</h2>"
                "<ul><li>Meet regularly and record each session in Practice Circle: the date, "
                "topics and agreed next steps</li>"
                "<li>Keep private mentor notes short and factual; never include a family's "
                "details</li>"
                "<li>Recommend resources written for them from the resource library</li>"
                "<li>Check in on wellbeing, especially after a training day or a difficult "
                "conference</li></ul>"
                "<h2>Boundaries</h2>"
                "<p>Be clear about what they can and cannot do, and what must come back to you "
                "straight away, above all any worry about a child's safety.</p>"
            )
        ],
    ),
    DemoResource(
        slug="conferences-and-family-network-meetings",
        title="Family group conferences and family network meetings: the difference",
        summary=(
            "Both are family-led meetings that make a plan for a child. How they differ, and "
            "why practice varies from place to place."
        ),
        kind=ResourceKind.READING,
        audiences=EVERYONE,
        tags=("family group conference", "family network meeting"),
        reading_minutes=4,
        body=[
            text(
                "<p>Both are meetings where the family and friends network makes a plan for a "
                "child. Working Together to Safeguard Children 2023 uses “family group decision "
                "making” as the name for this family of meetings.</p>"
                "<h2>Family group conference</h2>"
                "<ul><li>Run by an independent coordinator who takes no part in decisions about "
                "the child</li>"
                "<li>Several weeks of preparation</li>"
                "<li>Always includes private family time</li></ul>"
                "<h2>Family network meeting</h2>"
                "<ul><li>Usually led by the child's own worker, such as a social worker or key "
                "worker</li>"
                "<li>Often shorter, around an hour and a half</li>"
                "<li>Often builds a safety plan using Signs of Safety</li></ul>"
                "<p>There is no single national definition of a family network meeting, so "
                "practice differs between areas. Ask your team how meetings work where you "
                "are.</p>"
            )
        ],
    ),
    DemoResource(
        slug="signs-of-safety-in-plain-words",
        title="Signs of Safety in plain words",
        summary="The words you may hear in Signs of Safety meetings, explained simply.",
        kind=ResourceKind.EASY_READ,
        audiences=COMMUNITY,
        tags=("signs of safety",),
        reading_minutes=3,
        body=[
            text(
                "<p>Many children's services use a way of working called Signs of Safety. You "
                "may hear these words in meetings.</p>"
                "<h2>Three questions</h2>"
                "<ul><li><strong>What are we worried about?</strong> Things that could hurt the "
                "child.</li>"
                "<li><strong>What is working well?</strong> Good things, and the ways the child "
                "is already kept safe.</li>"
                "<li><strong>What needs to happen?</strong> The next steps to make the child "
                "safer.</li></ul>"
                "<h2>The safety scale</h2>"
                "<p>People are asked for a number from 0 to 10. 10 means the child is safe "
                "enough for children's services to close the case. 0 means the child cannot "
                "safely stay where they are.</p>"
                "<h2>Tools with children</h2>"
                "<p>Workers may use drawings such as the Three Houses: a house of worries, a "
                "house of good things and a house of dreams.</p>"
            )
        ],
    ),
    DemoResource(
        slug="family-rights-group",
        title="Family Rights Group: advice for families",
        summary=(
            "An independent charity that advises parents and wider family whose children are "
            "involved with children's services."
        ),
        kind=ResourceKind.LINK,
        audiences=EVERYONE,
        tags=("advice",),
        reading_minutes=2,
        overdue=True,
        body=[
            text(
                "<p>Family Rights Group is a charity that works with parents and wider family "
                "members whose children need help or are involved with children's services. "
                "It brought family group conferences to the UK.</p>"
                '<p>Its website has advice for families: <a href="https://frg.org.uk/">'
                "frg.org.uk</a>.</p>"
                "<p>Practice Circle is not part of Family Rights Group. Check its website for "
                "what it offers now.</p>"
            )
        ],
    ),
]


def _library() -> ResourceIndexPage:
    library = ResourceIndexPage.objects.first()
    if library is not None:
        return library
    home = Site.objects.get(is_default_site=True).root_page.specific
    library = ResourceIndexPage(
        title="Resources", slug="resources", introduction=LIBRARY_INTRODUCTION
    )
    home.add_child(instance=library)
    library.save_revision().publish()
    return library


def _create(library: ResourceIndexPage, spec: DemoResource) -> ResourcePage:
    today = timezone.localdate()
    last_reviewed = today - timedelta(days=400 if spec.overdue else 60)
    page = ResourcePage(
        title=spec.title,
        slug=spec.slug,
        summary=spec.summary,
        kind=spec.kind,
        body=json.dumps(spec.body),
        reading_minutes=spec.reading_minutes,
        last_reviewed=last_reviewed,
        review_by=last_reviewed + timedelta(days=365),
        for_practitioners=PRACTITIONERS in spec.audiences,
        for_experts_by_experience=EXPERTS in spec.audiences,
        for_volunteers=VOLUNTEERS in spec.audiences,
    )
    page.tags.add(*spec.tags)
    if spec.easy_read:
        page.easy_read_versions.add(
            EasyReadVersion(summary=spec.easy_read_summary, body=json.dumps(spec.easy_read))
        )
    library.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def seed_resources() -> list[ResourcePage]:
    """The resource library and its demo resources; existing ones are left as they are."""
    library = _library()
    existing = {
        page.slug: page
        for page in ResourcePage.objects.child_of(library).filter(
            slug__in=[spec.slug for spec in RESOURCES]
        )
    }
    return [existing.get(spec.slug) or _create(library, spec) for spec in RESOURCES]
