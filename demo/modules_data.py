"""Demo learning content for `seed_demo`: three programmes of modules, lessons and questions.

The text is the service's own, written from ../shared/DOMAIN.md and the job descriptions and
Level A/B/C framework in ../shared/seeds: plain UK English, no family names or identifying
details. Each module links to framework statement codes from assessments/data. The Signs of
Safety programme is the council's own material about its practice model, not licensed training.
"""

PROGRAMMES = [
    {
        "slug": "family-group-decision-making",
        "title": "Family Group Decision Making",
        "introduction": (
            "<p>How our family group conference service works, from the referral to the review. "
            "The modules cover the stages of a conference, the part advocates play in helping "
            "children be heard, and preparing families in a way that takes account of trauma. Two "
            "modules are also open to volunteers and experts by experience.</p>"
        ),
        "modules": [
            {
                "slug": "fgc-stages-and-private-family-time",
                "title": "Family group conference stages and private family time",
                "summary": (
                    "The stages of a family group conference, from a referral with clear concerns, "
                    "bottom lines and questions to the review conference. Why private family time "
                    "sits at the centre of the model."
                ),
                "learning_outcomes": [
                    (
                        "Explain what a good referral sets out: the concerns, the bottom lines and "
                        "the questions the family is asked to answer."
                    ),
                    (
                        "Describe the main tasks of preparation, including consent, mapping the "
                        "network and preparing the child and the professionals."
                    ),
                    "Describe the three parts of the meeting and the coordinator's role in each.",
                    (
                        "Explain why professionals leave for private family time and when a family "
                        "plan can be declined."
                    ),
                    (
                        "Plan the follow-up after a conference, including circulating the plan and "
                        "holding a review."
                    ),
                ],
                "audience": ["practitioners"],
                "cpd_hours": "1.5",
                "pass_mark": 80,
                "statements": [
                    "FGCC-A-K-06",
                    "FGCC-B-K-02",
                    "FGCC-B-E-10",
                    "FGCC-B-E-06",
                    "FGCTL-B-K-01",
                ],
                "prerequisites": [],
                "lessons": [
                    {
                        "slug": "referral-and-preparation",
                        "title": "Referral and preparation",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>What a family group conference is</h2><p>A family group "
                                    "conference is a meeting led by the family. The child's family "
                                    "and friends come together to make a plan for the child. The "
                                    "model began in New Zealand, where it was written into law in "
                                    "1989, and Family Rights Group brought it to the UK.</p><p>A "
                                    "conference is voluntary. The people with parental "
                                    "responsibility must agree to it, and they can withdraw their "
                                    "consent at any point.</p><p>The coordinator is independent of "
                                    "decisions about the child's case. They are neutral. Their job "
                                    "is to make the meeting happen and to make sure everyone is "
                                    "ready for it. They do not steer the family towards a "
                                    "particular plan.</p><p>Published statements of the principles "
                                    "behind family group conferences differ, and our framework "
                                    "refers to six. One published list "
                                    "includes:</p><ul><li>families know themselves "
                                    "best</li><li>the extended family is there for life, long "
                                    "after services have gone</li><li>families own, and are more "
                                    "likely to keep, plans they make themselves</li><li>good "
                                    "decisions need good information</li><li>everyone is treated "
                                    "with respect</li><li>plans build on the strengths already in "
                                    "the family</li></ul><p>Family Rights Group accredits "
                                    "conference services against its quality standards. It "
                                    "accredits the service, not individual coordinators.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>The referral</h2><p>A conference starts with a referral. "
                                    "The referrer, usually the child's social worker, sets out "
                                    "three things:</p><ul><li><strong>the concerns</strong>: what "
                                    "has happened and what professionals are worried about, in "
                                    "plain words</li><li><strong>the bottom lines</strong>: what "
                                    "any plan must achieve for the child to be "
                                    "safe</li><li><strong>the questions</strong>: what the family "
                                    "is asked to answer in private family time</li></ul><p>Bottom "
                                    "lines say <em>what</em> must be achieved, not <em>how</em>. "
                                    '"The children are not cared for by an adult who is under the '
                                    'influence of alcohol" is a bottom line. "The children will '
                                    "move to their aunt's house\" is a solution, and choosing "
                                    "solutions is the family's job.</p><p>Good questions are open "
                                    'and about the child. "How will the family make sure the '
                                    'children get to school every day?" invites a plan. "Does '
                                    'the family agree that the mother drinks too much?" invites '
                                    "an argument.</p><p>Coordinators should give referring "
                                    "colleagues time to talk the referral through before it is "
                                    "accepted. A short consultation often sharpens the questions, "
                                    "makes sure the bottom lines are realistic and checks that a "
                                    "conference is the right tool at this point. Agree the agenda "
                                    "with the referrer before you start preparation, so the family "
                                    "hears the same message from everyone.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Preparation</h2><p>Preparation is where most of the work "
                                    "happens. Council guidance commonly allows around 30 days to "
                                    "six weeks. Check the timescale your service uses.</p><p>The "
                                    "main tasks are:</p><ul><li>get consent from the people with "
                                    "parental responsibility</li><li>meet the parents first, so "
                                    "they hear about the process before anyone else</li><li>map "
                                    "the network with the family: relatives on all sides, friends, "
                                    "neighbours and people from faith or community "
                                    "groups</li><li>contact and prepare every participant, "
                                    "including the child and the professionals</li><li>offer the "
                                    "child an advocate</li><li>find a neutral venue and a time "
                                    "that suits the family</li><li>book interpreters or signers "
                                    "where needed</li><li>gather the views of people who cannot "
                                    "attend, so they can still be heard</li></ul><p>Preparing "
                                    "professionals matters as much as preparing the family. Ask "
                                    "them to use plain language, to bring information about what "
                                    "support is on offer, and to be clear about what will happen "
                                    "if no plan is agreed. Make sure any written information the "
                                    "referrer needs to provide is ready before the day.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "tip",
                                    "heading": "Bottom lines are not the plan",
                                    "text": (
                                        "<p>If a bottom line names a person, a place or a service, "
                                        "it has probably become a solution. Rewrite it as the "
                                        "outcome the child needs, and leave the family to work out "
                                        "how to achieve it.</p>"
                                    ),
                                },
                            ),
                            (
                                "scenario",
                                {
                                    "title": "A referral that needs more work",
                                    "situation": (
                                        "<p>A social worker sends a referral for a child, aged 6. "
                                        'The concerns section says "neglect". The only bottom '
                                        'line is "mother to engage with services". The question '
                                        'for the family is "Can the family support mother?"</p>'
                                    ),
                                    "questions": (
                                        "<ul><li>What would you ask the social worker about the "
                                        "concerns before accepting the referral?</li><li>How could "
                                        "the bottom line be rewritten as something the child "
                                        "needs?</li><li>What open questions could the family be "
                                        "asked instead?</li></ul>"
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "the-meeting-the-plan-and-the-review",
                        "title": "The meeting, the plan and the review",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>Part one: information giving</h2><p>The coordinator "
                                    "chairs the first part of the meeting. They welcome everyone, "
                                    "make introductions and agree ground rules, for example "
                                    "listening without interrupting and taking a break when "
                                    "needed.</p><p>Professionals then share information. They "
                                    "explain the concerns, what support and resources are "
                                    "available, any limits on what services can offer, and what "
                                    "will happen if the family does not agree a plan. The child's "
                                    "views are heard, in person, through an advocate or in a "
                                    "letter or drawing. Family members can ask "
                                    "questions.</p><p>Professionals should speak plainly and "
                                    "briefly. Family members need enough information to make a "
                                    "good plan, not a case history. The coordinator checks that "
                                    "the family has understood the bottom lines and the questions "
                                    "before moving on.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Part two: private family time</h2><p>In private family "
                                    "time every professional leaves the room, and that includes "
                                    "the coordinator. The family and friends talk on their own and "
                                    "work out their answers to the questions. There is no time "
                                    "limit.</p><p>This is what makes a family group conference "
                                    "different from other meetings. People often speak more openly "
                                    "when professionals are not listening. They know who can "
                                    "really help, when and how. And a family is more likely to "
                                    "keep a plan it made itself.</p><p>The coordinator stays "
                                    "nearby, so the family can ask for information or help at any "
                                    "point. Services vary on whether a child's advocate may stay "
                                    "with the child during private family time; where it happens, "
                                    "it is because the family and the child want it and it was "
                                    "agreed beforehand.</p><p>Afterwards, do not ask family "
                                    "members what was said. What matters is the plan they bring "
                                    "back.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Part three: agreeing the plan</h2><p>The family presents "
                                    "its plan. The plan is accepted unless it would leave the "
                                    "child unsafe or it does not meet a bottom line. If something "
                                    "is missing, the family can go back into private family time "
                                    "to work on it.</p><p>Before the plan is agreed, the "
                                    "coordinator checks it with everyone:</p><ul><li>who does "
                                    "what, and by when</li><li>how the plan will be monitored, and "
                                    "by whom</li><li>what happens if part of it stops working: the "
                                    "contingency plan</li><li>the date of the "
                                    "review</li></ul><h2>After the conference</h2><p>The plan is "
                                    "written up in the family's words and sent to everyone who "
                                    "took part, usually within a few days. Its actions feed into "
                                    "the child's plan.</p><p>A review conference is usually held "
                                    "after about two to three months. It starts from the first "
                                    "plan: what has worked, what has not and what needs to change. "
                                    "A good review uses the earlier plan as the base for the new "
                                    "one rather than starting again.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "important",
                                    "heading": "If a plan has to be declined",
                                    "text": (
                                        "<p>The referrer can decline a plan only if it would leave "
                                        "the child unsafe or misses a bottom line. Explain the "
                                        "reason in the room, in plain words, and give the family "
                                        "the chance to return to private family time to address "
                                        "it.</p>"
                                    ),
                                },
                            ),
                            (
                                "scenario",
                                {
                                    "title": "A plan that misses a bottom line",
                                    "situation": (
                                        "<p>One bottom line says the child, aged 4, must not be "
                                        "left alone in the care of an adult who has been drinking. "
                                        "In part three the family's plan says the father \"will "
                                        'cut down" and the grandmother "will pop in when she '
                                        'can".</p>'
                                    ),
                                    "questions": (
                                        "<ul><li>Does the plan meet the bottom line? How would you "
                                        "explain your answer to the family?</li><li>What could the "
                                        "coordinator ask to help the family make the plan "
                                        "specific?</li><li>What should happen next if the family "
                                        "cannot close the gap today?</li></ul>"
                                    ),
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": (
                                        "Think about a family group conference you have referred "
                                        "to, coordinated or attended. What happened in the time "
                                        "before and after private family time, and what difference "
                                        "did the family's own discussion make to the plan?"
                                    ),
                                    "guidance": (
                                        "Focus on the process, not the family. Note one thing that "
                                        "helped the family make a specific plan and one thing you "
                                        "would do differently. Do not include names, ages with "
                                        "places, or any other detail that could identify the "
                                        "family."
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "fgc-stages-knowledge-check",
                        "title": "Knowledge check",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<p>Answer these questions to check your understanding of the "
                                    "stages of a family group conference. You need 80% to pass. "
                                    "You can try again.</p>"
                                ),
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "What three things should a referral for a family group "
                                        "conference set out?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "The concerns, the bottom lines and the questions "
                                                "for the family"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. These give the family clear information, "
                                                "tell them what any plan must achieve and frame "
                                                "what they are asked to decide."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The concerns, the social worker's preferred plan "
                                                "and the review date"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "The referrer should not set out a preferred plan. "
                                                "Choosing how to meet the bottom lines is the "
                                                "family's job, and the review date is agreed at "
                                                "the meeting."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "A full chronology, the parents' views and a list "
                                                "of approved carers"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "A chronology is not needed for the family to "
                                                "plan, and a list of approved carers would close "
                                                "down the family's own thinking."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Which of these are tasks for the coordinator during "
                                        "preparation? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "Meeting the parents first",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Parents should hear about the process "
                                                "before anyone else in the network."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Mapping the network, including friends, "
                                                "neighbours and faith contacts"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The network is wider than close "
                                                "relatives, and the people who can help are often "
                                                "found by asking widely."
                                            ),
                                        },
                                        {
                                            "text": "Offering the child an advocate",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Every child should be offered an "
                                                "advocate to help them take part."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Gathering the views of people who cannot attend"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. People who cannot be there can still be "
                                                "heard, for example through a letter or a message "
                                                "read out."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Drafting a plan for the family to approve on the "
                                                "day"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. The coordinator is neutral and does not steer "
                                                "the plan. The family makes its own plan in "
                                                "private family time."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": "Who leaves the room during private family time?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "The social worker only",
                                            "correct": False,
                                            "feedback": (
                                                "Not only the social worker. Every professional "
                                                "leaves, so the family can talk on its own."
                                            ),
                                        },
                                        {
                                            "text": "All professionals, including the coordinator",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The coordinator leaves too, but stays "
                                                "nearby so the family can ask for help."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "All professionals except the coordinator, who "
                                                "takes notes"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "The coordinator does not stay or take notes. "
                                                "Private family time is private."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": "When can the referrer decline the family's plan?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "When it differs from the plan the social worker "
                                                "expected"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "A different plan is not a reason to decline it. "
                                                "The family decides how to meet the bottom lines."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "When it would leave the child unsafe or misses a "
                                                "bottom line"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. These are the only grounds. The family "
                                                "should be given the chance to work on the gap."
                                            ),
                                        },
                                        {
                                            "text": "When some family members did not attend",
                                            "correct": False,
                                            "feedback": (
                                                "Absence alone is not a reason. What matters is "
                                                "whether the plan is safe and meets the bottom "
                                                "lines."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "When private family time took longer than expected"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Private family time has no time limit, so its "
                                                "length is never a reason to decline a plan."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Before the plan is agreed, what should the coordinator "
                                        "check it includes? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "Who does what, and by when",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Specific actions with names of roles and "
                                                "dates make a plan that people can keep and others "
                                                "can check."
                                            ),
                                        },
                                        {
                                            "text": "How the plan will be monitored",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Everyone needs to know how they will "
                                                "tell whether the plan is working."
                                            ),
                                        },
                                        {
                                            "text": "A contingency plan",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The plan should say what happens if part "
                                                "of it stops working."
                                            ),
                                        },
                                        {
                                            "text": "A review date",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Setting the review date at the meeting "
                                                "keeps the plan active."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "A summary of what each person said in private "
                                                "family time"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. What is said in private family time stays "
                                                "private. Only the plan comes back."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "When is a review family group conference usually held?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Only if the plan breaks down",
                                            "correct": False,
                                            "feedback": (
                                                "A review is planned at the first meeting, not "
                                                "held only in a crisis. The contingency plan "
                                                "covers breakdown."
                                            ),
                                        },
                                        {
                                            "text": "After about two to three months",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This is usual, though the date is agreed "
                                                "at the meeting to suit the plan."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "After a year, at the child's next statutory review"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "A year is too long to leave a family plan "
                                                "unchecked. Reviews are usually much sooner."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "slug": "working-with-advocates",
                "title": "Working with advocates",
                "summary": (
                    "What an advocate does for a child before and during a family meeting, how "
                    "their independence is kept, and how coordinators and volunteer advocates work "
                    "together."
                ),
                "learning_outcomes": [
                    "Explain what makes an advocate independent and why that matters to the child.",
                    (
                        "Plan two or three preparation visits with a child, matched to their age "
                        "and understanding."
                    ),
                    (
                        "Describe what an advocate does not do: make decisions, give a view on the "
                        "plan or write reports."
                    ),
                    (
                        "Respond appropriately when a child shares something that suggests they "
                        "are not safe."
                    ),
                    (
                        "Describe how coordinators and volunteer advocates work together before "
                        "and after a conference."
                    ),
                ],
                "audience": ["practitioners", "volunteers"],
                "cpd_hours": "1.5",
                "pass_mark": 80,
                "statements": ["FGCC-B-K-04", "FGCC-B-S-01", "FGCC-B-E-03", "FGCTL-B-K-03"],
                "prerequisites": [],
                "lessons": [
                    {
                        "slug": "the-advocates-role",
                        "title": "The advocate's role",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>Why children need an advocate</h2><p>A family meeting can "
                                    "be a hard place for a child to speak. The room is full of "
                                    "adults. Some are people the child loves, some are "
                                    "professionals they hardly know. The child may worry about "
                                    "upsetting a parent, or about saying the wrong thing.</p><p>An "
                                    "advocate is there for the child alone. Their job is to help "
                                    "the child take part in their own meeting and to make sure "
                                    "their wishes and feelings are heard, in their own words, by "
                                    "the people making the plan.</p><p>Every child should be "
                                    "offered an advocate during preparation. The child can say no. "
                                    "Some children want to speak for themselves, some want the "
                                    "advocate to speak for them, and some prefer to send a letter, "
                                    "a drawing or a recorded message.</p><p>When a child's views "
                                    "are heard clearly, they often shape the family's thinking in "
                                    "private family time. A plan that answers what the child said "
                                    "is usually a stronger plan.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Independence</h2><p>An advocate is independent of the "
                                    "child's social worker. That independence is the reason the "
                                    "role exists: the child can trust that the advocate is not "
                                    "there to gather information for the case or to persuade them "
                                    "to accept a plan.</p><p>To keep that trust, an "
                                    "advocate:</p><ul><li>presents the child's views as the child "
                                    "gives them, not what the advocate thinks would be "
                                    "best</li><li>makes no decisions about the child or the "
                                    "plan</li><li>does not give their own opinion on what should "
                                    "happen</li><li>writes no reports</li><li>shares only what the "
                                    "child has agreed to share</li></ul><p>There is one clear "
                                    "limit. If the child says something that suggests they or "
                                    "someone else is not safe, the advocate must pass it on. The "
                                    "advocate explains this at the first visit, in words the child "
                                    "understands, so it is never a surprise.</p><p>Practitioners "
                                    "can help protect independence. Do not ask an advocate for "
                                    "their opinion of the family, for notes of their visits or for "
                                    "a view on which plan is best.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Volunteer advocates</h2><p>Some services use volunteer "
                                    "advocates alongside or instead of paid staff. Volunteers come "
                                    "from many backgrounds. Children sometimes find it easier to "
                                    "talk to someone who is clearly not part of children's "
                                    "services.</p><p>Services vary in how they recruit, check, "
                                    "train and supervise volunteer advocates. Whatever the local "
                                    "arrangements, a volunteer should know:</p><ul><li>who to "
                                    "contact about the child and the meeting, usually the "
                                    "coordinator</li><li>who to contact straight away if they are "
                                    "worried about a child's safety</li><li>what information they "
                                    "will be given and how to keep it safe</li><li>how they will "
                                    "be supported after a difficult visit</li></ul><p>Coordinators "
                                    "are the main link. They introduce the advocate to the family, "
                                    "share the practical information the advocate needs, and check "
                                    "in after the meeting. A short conversation after each "
                                    "conference helps volunteers reflect and keeps the quality of "
                                    "advocacy high.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "important",
                                    "heading": "Safety comes before confidentiality",
                                    "text": (
                                        "<p>An advocate cannot keep a secret that means someone is "
                                        "not safe. Explain this at the first visit. If a child "
                                        "tells you something worrying, tell the coordinator "
                                        "straight away and follow your service's safeguarding "
                                        "procedure. Do not investigate or question the child "
                                        "further.</p>"
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "preparing-and-supporting-the-child",
                        "title": "Preparing and supporting the child",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>The preparation visits</h2><p>An advocate usually meets "
                                    "the child two or three times before the conference. Plan each "
                                    "visit so the child knows what to expect.</p><h3>First "
                                    "visit</h3><p>Introduce yourself and explain that you are "
                                    "independent of the social worker. Explain what the meeting is "
                                    "for, who might be there and what will happen, in words that "
                                    "suit the child's age. Explain the limits of "
                                    "confidentiality.</p><h3>Second visit</h3><p>Explore what the "
                                    "child thinks and feels: what is going well, what worries "
                                    "them, what they hope for. Drawing, games and simple tools can "
                                    "help younger children. Write down the child's own words "
                                    "rather than your summary of them.</p><h3>Third "
                                    "visit</h3><p>Agree how the child's views will be shared and "
                                    "what they do not want shared. Talk through the day: where the "
                                    "child will sit, who they want near them, how to ask for a "
                                    "break and what to do if they want to leave.</p><p>Some "
                                    "children need fewer visits and some need more. Fit the visits "
                                    "around school and the child's routine, and meet somewhere the "
                                    "child feels comfortable.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>At the conference and afterwards</h2><p>On the day, sit "
                                    "with the child. Help them say what they want to say, or say "
                                    "it for them in the way you agreed. If they do not want to "
                                    "stay for all of the meeting, make sure their views are still "
                                    "heard.</p><p>Services vary on whether an advocate stays with "
                                    "the child in private family time. Follow your local practice, "
                                    "and remember that it only happens if the family and the child "
                                    "want it.</p><p>Afterwards, check that the child knows what "
                                    "was decided, in words they understand. Make sure they know "
                                    "who to talk to if the plan is not working for them.</p><p>An "
                                    "advocate writes no report. Keep only the notes your service "
                                    "asks you to keep, store them as your service requires, and "
                                    "never write a child's name or any identifying detail in a "
                                    "training record or reflection.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Working together: coordinator and advocate</h2><p>For "
                                    "coordinators, a good referral to an advocate is short and "
                                    "practical. The advocate needs:</p><ul><li>the child's age and "
                                    "how they communicate best</li><li>any language, interpreter "
                                    "or access needs</li><li>the date and venue of the "
                                    "conference</li><li>anything that affects the safety of the "
                                    "visits</li><li>a simple outline of why the conference is "
                                    "happening</li></ul><p>The advocate does not need the whole "
                                    "case file. Sharing more than they need can make it harder for "
                                    "them to stay focused on the child's own account.</p><p>After "
                                    "the conference, ask the advocate about the process: did the "
                                    "child feel heard, and what could work better next time? Do "
                                    "not ask them to report what the child said beyond what the "
                                    "child agreed to share.</p>"
                                ),
                            ),
                            (
                                "scenario",
                                {
                                    "title": "Pressure from both sides",
                                    "situation": (
                                        "<p>At the second visit the child, aged 11, asks the "
                                        'advocate: "Should I say I want to live with my aunt? '
                                        'What would you do?" The next day the social worker asks '
                                        "the advocate for a written summary of the visits for the "
                                        "case file.</p>"
                                    ),
                                    "questions": (
                                        "<ul><li>How could the advocate answer the child without "
                                        "giving their own view?</li><li>How should the advocate "
                                        "respond to the social worker's request?</li><li>What "
                                        "could the coordinator do to support the "
                                        "advocate?</li></ul>"
                                    ),
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": (
                                        "Think about a time when a child's view changed the "
                                        "direction of a meeting or a plan, or a time when it was "
                                        "not heard. What made the difference?"
                                    ),
                                    "guidance": (
                                        "Consider how the child was prepared, how their views were "
                                        "shared and how the adults responded. Note one thing you "
                                        "will do, or ask for, next time you support a child to "
                                        "take part. Leave out names and any detail that could "
                                        "identify the child or the family."
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "advocates-knowledge-check",
                        "title": "Knowledge check",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<p>Answer these questions to check your understanding of the "
                                    "advocate's role. You need 80% to pass. You can try again.</p>"
                                ),
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "How many times does an advocate usually meet the child "
                                        "before the conference?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Once, on the day of the conference",
                                            "correct": False,
                                            "feedback": (
                                                "Meeting only on the day gives the child no time "
                                                "to build trust or think through their views."
                                            ),
                                        },
                                        {
                                            "text": "Two or three times",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This is usual, though some children need "
                                                "more or fewer visits."
                                            ),
                                        },
                                        {
                                            "text": "Weekly until the review conference",
                                            "correct": False,
                                            "feedback": (
                                                "Advocacy for a conference is focused on the "
                                                "meeting, not ongoing weekly work."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Which of these are part of the advocate's role? Choose "
                                        "all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": (
                                                "Helping the child prepare what they want to say"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Preparation visits help the child work "
                                                "out their views and how to share them."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Presenting the child's views in the way the child "
                                                "agreed"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The advocate speaks for the child only "
                                                "as the child wants."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Checking afterwards that the child understands "
                                                "what was decided"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The child should know the outcome and "
                                                "who to talk to if it is not working."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Recommending which family plan would be best for "
                                                "the child"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. The advocate gives no opinion on the plan. "
                                                "That would undermine their independence."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Writing a report of the visits for the social "
                                                "worker"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. Advocates write no reports. The child's views "
                                                "are shared at the meeting, as agreed with the "
                                                "child."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "During a visit a child says something that suggests they "
                                        "are being harmed. What should the advocate do?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "Keep it confidential, because the advocate is "
                                                "independent"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Independence does not extend to keeping a child "
                                                "unsafe. Safety comes before confidentiality."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Ask the child detailed questions to find out "
                                                "exactly what happened"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Investigating is not the advocate's role and "
                                                "could harm any later enquiry. Pass the concern on."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Tell the coordinator straight away and follow the "
                                                "service's safeguarding procedure"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The advocate will have explained this "
                                                "limit at the first visit, so the child is not "
                                                "surprised."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Raise it with the whole family at the conference"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "A safeguarding concern must be passed on at once "
                                                "through the proper route, not saved for the "
                                                "meeting."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "What information should a coordinator give a volunteer "
                                        "advocate before the first visit? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "The child's age and how they communicate best",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This helps the advocate plan a visit "
                                                "that suits the child."
                                            ),
                                        },
                                        {
                                            "text": "The date and venue of the conference",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The advocate needs this to prepare the "
                                                "child for the day."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Anything that affects the safety of the visits"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The advocate needs to know about any "
                                                "risk to themselves or the child during visits."
                                            ),
                                        },
                                        {
                                            "text": "A copy of the full case file",
                                            "correct": False,
                                            "feedback": (
                                                "No. The advocate needs practical information, not "
                                                "the whole file. Too much can get in the way of "
                                                "hearing the child's own account."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "A social worker asks the advocate for a written summary "
                                        "of the child's views for the case file. What is the best "
                                        "response?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "Send a brief summary, since it helps the child's "
                                                "case"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Advocates write no reports. Sending a summary "
                                                "would break the child's trust and the advocate's "
                                                "independence."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Explain that advocates do not write reports, and "
                                                "that the child's views will be shared at the "
                                                "meeting as the child agreed"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The social worker can also hear from the "
                                                "child directly as part of their own work."
                                            ),
                                        },
                                        {
                                            "text": "Ask the child to write the summary instead",
                                            "correct": False,
                                            "feedback": (
                                                "This puts pressure on the child and still turns "
                                                "the advocate into a route for case information."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Why does an advocate's independence from the social "
                                        "worker matter?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "It means the advocate can overrule the social "
                                                "worker's decisions"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Advocates make no decisions, so they cannot "
                                                "overrule anyone."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "It lets the child trust that the advocate is "
                                                "there only for them"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The child can speak freely, knowing the "
                                                "advocate is not gathering evidence or steering "
                                                "them towards a plan."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "It means the advocate does not have to follow "
                                                "safeguarding procedures"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Advocates must always pass on safety concerns. "
                                                "Independence does not change that."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "slug": "trauma-informed-preparation",
                "title": "Trauma-informed preparation with families",
                "summary": (
                    "Preparing children, parents and the wider network for a family meeting in "
                    "ways that feel safe, predictable and fair, with the family's view at the "
                    "centre."
                ),
                "learning_outcomes": [
                    (
                        "Explain what trauma-informed preparation means in practice for a family "
                        "meeting."
                    ),
                    (
                        "Plan preparation that gives people choice, predictability and control "
                        "over how they take part."
                    ),
                    (
                        "Help a family explore its network honestly, including people who may not "
                        "support the plan."
                    ),
                    "Adapt preparation for culture, identity, language, faith and disability.",
                    (
                        "Recognise power imbalances and plan how to keep every voice in the "
                        "meeting safe."
                    ),
                ],
                "audience": [
                    "practitioners",
                    "experts_by_experience",
                ],
                "cpd_hours": "2.0",
                "pass_mark": 80,
                "statements": [
                    "FGCC-A-K-03",
                    "FGCC-A-S-04",
                    "FGCC-B-S-09",
                    "FGCC-B-E-07",
                    "FGCC-C-S-05",
                ],
                "prerequisites": [],
                "lessons": [
                    {
                        "slug": "what-trauma-informed-preparation-means",
                        "title": "What trauma-informed preparation means",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>Why preparation matters</h2><p>Many of the families we "
                                    "work with have lived through trauma. For some, that includes "
                                    "earlier contact with services: a parent who grew up in care, "
                                    "a grandparent who remembers children being removed, a family "
                                    "that has sat through many meetings about them.</p><p>A family "
                                    "meeting brings people together, sometimes for the first time "
                                    "in years. Old hurts can surface. People may arrive expecting "
                                    "to be judged or blamed. If they feel unsafe, they are less "
                                    "likely to speak openly or to make a plan they can "
                                    "keep.</p><p>Preparation is where a family learns whether the "
                                    "process can be trusted. Each phone call and visit is a chance "
                                    "to show that it can. The quality of the meeting depends on "
                                    "it.</p><p>Trauma-informed preparation does not mean avoiding "
                                    "hard subjects. The concerns still have to be shared, clearly. "
                                    "It means sharing them in a way that gives people the best "
                                    "chance of hearing them and responding.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Principles to work by</h2><p>Trauma-informed approaches "
                                    "are often described through a few linked ideas: safety, "
                                    "trust, choice, working together and respect for culture and "
                                    "identity. In preparation they look like "
                                    "this:</p><ul><li><strong>No surprises.</strong> Explain who "
                                    "will be there, what will happen and what the professionals "
                                    "will say. Share the concerns before the "
                                    "day.</li><li><strong>Honesty.</strong> Be clear about the "
                                    "bottom lines and what will happen if no plan is agreed. Vague "
                                    "reassurance breaks trust "
                                    "later.</li><li><strong>Choice.</strong> Offer choices about "
                                    "the venue, the time, who sits where, and how each person "
                                    "contributes.</li><li><strong>Reliability.</strong> Do what "
                                    "you say you will do, when you said you would. Call back if "
                                    "you cannot.</li><li><strong>Pace.</strong> Notice when "
                                    "someone is overwhelmed. Pause, offer a break or come back "
                                    "another day.</li></ul><p>Gather children's views in ways that "
                                    "suit their age and feel emotionally safe. A child should "
                                    "never be asked to choose between their parents, and should "
                                    "know who will hear what they say.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>The family's view</h2><p>Experts by experience are people "
                                    "who have been through children's services or family meetings "
                                    "themselves. Many services involve them in shaping "
                                    "preparation, writing family information and training staff. "
                                    "Some mentor families going through the process, with support "
                                    "from the service.</p><p>They can help practitioners see "
                                    "preparation from the other side. A parent at a first visit "
                                    "may be wondering:</p><ul><li>Will I be blamed in front of my "
                                    "family?</li><li>Who will hear about my past?</li><li>Can what "
                                    "I say be used against me?</li><li>Is the plan already "
                                    "decided?</li></ul><p>Answer these questions before they are "
                                    "asked. Explain what is shared and with whom. Explain that the "
                                    "family makes the plan. Be honest about the limits: a safe "
                                    "plan has to meet the bottom lines.</p><p>If you are an expert "
                                    "by experience, your view of what helped and what got in the "
                                    "way is part of this learning. Practitioners, ask for it.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "information",
                                    "heading": "Hearing children safely",
                                    "text": (
                                        "<p>Let the child choose how to take part. Tell them what "
                                        "will happen to their words and drawings, and who will see "
                                        "them. Never ask a child to choose between the adults they "
                                        "love. If they do not want to say something, that is their "
                                        "right.</p>"
                                    ),
                                },
                            ),
                            (
                                "scenario",
                                {
                                    "title": "A mother who expects the worst",
                                    "situation": (
                                        "<p>At the first visit a mother, who spent part of her own "
                                        'childhood in care, says the meeting will be "a set-up". '
                                        "She says she will not come if her sister is invited. Her "
                                        "child, aged 7, is close to the sister.</p>"
                                    ),
                                    "questions": (
                                        "<ul><li>How could you respond to the mother's fear "
                                        "without dismissing it?</li><li>What choices could you "
                                        "offer her about the meeting?</li><li>How would you "
                                        "explore her sister's place in the child's life?</li></ul>"
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "mapping-the-network-and-managing-power",
                        "title": "Mapping the network and managing power",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>Exploring the network honestly</h2><p>Start with the "
                                    "parents. Ask who matters to the child and to them: relatives "
                                    "on every side of the family, friends, neighbours, people from "
                                    "a faith or community group. Ask who the child goes to when "
                                    "they are upset and who has helped in the past. Drawing a "
                                    "family tree or a network map together can make this "
                                    "easier.</p><p>It is easy to overlook part of the network, "
                                    "often a parent who lives elsewhere or their relatives. Ask "
                                    "about them directly.</p><p>Parents may not want some people "
                                    "invited. Explore why. If there is a safety reason, respect it "
                                    "and plan around it. If the reason is an old falling-out, talk "
                                    "through what the child might lose if that person is left "
                                    "out.</p><p>Help families think honestly about who will "
                                    "support the plan. Someone who is loud in the meeting may not "
                                    "be reliable afterwards. Someone who has been quiet may be the "
                                    "one who turns up every week.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Culture, identity, language and access</h2><p>Every "
                                    "family has its own ways of making decisions. Ask about them. "
                                    "The Social GRACES are a useful prompt to think about "
                                    "difference, including gender, race, religion, age, ability, "
                                    "class, culture, ethnicity, sexuality and "
                                    "spirituality.</p><p>Practical adjustments make a real "
                                    "difference:</p><ul><li>use professional interpreters or "
                                    "signers, not family members</li><li>provide information in a "
                                    "format people can use, including easy read</li><li>choose a "
                                    "venue that feels right, which may be a community or faith "
                                    "venue</li><li>plan the time around work, childcare and "
                                    "religious observance</li><li>check access needs for everyone "
                                    "attending</li></ul><p>Sometimes a family's culture or "
                                    "identity calls for a different approach altogether, such as "
                                    "who speaks first, whether elders lead or how private family "
                                    "time is used. Talk this through with the family and your "
                                    "manager before the day.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Power, conflict and safety</h2><p>Before the meeting, "
                                    "think about power in the family. Signs to notice include one "
                                    "person answering for others, a history of domestic abuse, or "
                                    "a young person who says they will agree to anything to avoid "
                                    "trouble.</p><p>Plan for balanced participation. Options "
                                    "include clear ground rules, thinking about seating, planned "
                                    "breaks, a support person or adult advocate for someone who "
                                    "may struggle to be heard, and separate preparation for people "
                                    "who cannot safely speak in front of each other. Where people "
                                    "cannot be in one room, a split meeting may be "
                                    "needed.</p><p>During the meeting, notice when someone is "
                                    "controlling or intimidating others. Name it calmly and "
                                    "redirect, using the ground rules agreed at the start. If it "
                                    "continues, take a break and speak to the person "
                                    "alone.</p><p>Assess risk throughout, not just once. If "
                                    "preparation uncovers a new safeguarding concern, escalate it "
                                    "under your council's procedures.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "important",
                                    "heading": "Independence does not remove safeguarding duties",
                                    "text": (
                                        "<p>A coordinator is neutral about the plan, not about a "
                                        "child's safety. If you learn something during preparation "
                                        "that suggests a child is at risk, pass it on straight "
                                        "away in line with local procedures, and tell the family "
                                        "you have done so unless that would increase the risk.</p>"
                                    ),
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": (
                                        "Think about a first contact with a family meeting, as the "
                                        "practitioner making it or as a family member receiving "
                                        "it. What helped people feel safe enough to take part, and "
                                        "what made it harder?"
                                    ),
                                    "guidance": (
                                        "Write about what was done and how it felt, not about who "
                                        "the family were. Pick one change that would make "
                                        "preparation more predictable or give people more choice. "
                                        "Leave out names and any detail that could identify a "
                                        "family."
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "trauma-informed-knowledge-check",
                        "title": "Knowledge check",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<p>Answer these questions to check your understanding of "
                                    "trauma-informed preparation. You need 80% to pass. You can "
                                    "try again.</p>"
                                ),
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Which of these make preparation more trauma-informed? "
                                        "Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": (
                                                "Explaining who will be at the meeting and what "
                                                "will happen"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Predictability reduces fear and helps "
                                                "people take part."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Offering choices about how each person contributes"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Choice gives people some control in a "
                                                "process they may find frightening."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Being honest about the concerns and what happens "
                                                "if no plan is agreed"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Honesty before the day builds trust and "
                                                "avoids shocks in the meeting."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Keeping the concerns vague so the family is not "
                                                "upset"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. Vague concerns leave families unable to plan "
                                                "and can feel like a trap when the detail comes "
                                                "out."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "A parent does not want a relative invited. What is the "
                                        "best first response?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "Invite the relative anyway, because the child "
                                                "knows them"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Overriding the parent without understanding the "
                                                "reason may damage trust and could create a safety "
                                                "risk."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Explore the reasons, respect any safety concern, "
                                                "and talk through what the child might lose"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This takes the parent's view seriously "
                                                "while keeping the child's relationships in mind."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Cancel the conference until the family resolves "
                                                "the disagreement"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Disagreement is common and is part of what "
                                                "preparation works through. It is not a reason to "
                                                "cancel."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "A grandfather speaks little English. What should you "
                                        "arrange?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "Ask his grandson to interpret, as he knows the "
                                                "family"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Family members should not interpret. They may "
                                                "filter what is said and it puts them in a "
                                                "difficult position."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "A professional interpreter for preparation and "
                                                "the meeting"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. A professional interpreter lets him take "
                                                "part fully and keeps the process fair."
                                            ),
                                        },
                                        {
                                            "text": "Written notes in English for him to take away",
                                            "correct": False,
                                            "feedback": (
                                                "Notes in a language he does not read well would "
                                                "not help him take part."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Which of these are signs of a power imbalance you should "
                                        "plan for before the meeting? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": (
                                                "One family member answers every question for the "
                                                "others"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This can mean others do not feel able to "
                                                "speak."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "A history of domestic abuse between two people "
                                                "who will attend"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This needs a safety plan and may mean a "
                                                "split meeting."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "A young person says they will agree to anything "
                                                "to avoid trouble"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. They may need an advocate and a safe way "
                                                "to share their real views."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "A grandparent asks for the meeting to be held on "
                                                "a Saturday"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. A request about timing is an access need, not "
                                                "a sign of a power imbalance."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Which approach to gathering a child's views is "
                                        "emotionally safe?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "Asking the child, with both parents present, who "
                                                "they would rather live with"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "This asks the child to choose between the adults "
                                                "they love, in front of them. It is not safe."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Letting the child choose how to take part and "
                                                "telling them who will hear what they say"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Choice and clear information help the "
                                                "child feel safe and in control."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Relying on the parents to tell the meeting what "
                                                "the child thinks"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Parents' views matter, but the child's own voice "
                                                "should be heard directly or through an advocate."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "How can experts by experience contribute to preparation?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "By deciding whether a family plan is safe",
                                            "correct": False,
                                            "feedback": (
                                                "Decisions about safety rest with the referrer and "
                                                "the service, not with experts by experience."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "By bringing lived experience to shape "
                                                "preparation, information and training, with "
                                                "support from the service"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Their view of what helps and what gets "
                                                "in the way improves how families are prepared."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "By replacing the coordinator on preparation visits"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Experts by experience add to the coordinator's "
                                                "work. They do not replace the coordinator's role."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
        ],
    },
    {
        "slug": "signs-of-safety",
        "title": "Signs of Safety",
        "introduction": (
            "<p>How our council uses the Signs of Safety practice model in family group decision "
            "making: mapping and scaling, danger statements and safety goals, and tools for "
            "hearing children. These modules are our own learning material about our practice; "
            "they are not licensed Signs of Safety training.</p>"
        ),
        "modules": [
            {
                "slug": "mapping-and-scaling",
                "title": "Mapping and scaling in family meetings",
                "summary": (
                    "How we use the three-column map and the 0 to 10 safety scale to prepare for, "
                    "run and review family meetings."
                ),
                "learning_outcomes": [
                    "Describe the three columns of a map and what belongs in each.",
                    "Separate harm, danger and complicating factors when mapping worries.",
                    "Distinguish existing safety from wider strengths.",
                    (
                        "Use a 0 to 10 safety scale with families and professionals, and explore "
                        "the reasons behind different scores."
                    ),
                ],
                "audience": ["practitioners"],
                "cpd_hours": "1.5",
                "pass_mark": 80,
                "statements": ["FGCC-A-E-02", "FGCC-B-K-05", "FGCC-B-E-01"],
                "prerequisites": [],
                "lessons": [
                    {
                        "slug": "the-three-column-map",
                        "title": "The three-column map",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>Why we map</h2><p>Our council uses the Signs of Safety "
                                    "practice model across children's services, and we bring it "
                                    "into all our family meetings. Mapping is at its centre. A map "
                                    "sets out, on one page and in plain words, what everyone is "
                                    "worried about, what is already working and what needs to "
                                    "happen next.</p><p>A good map is balanced. It holds the "
                                    "worries and the strengths side by side, so neither is lost. "
                                    "It is written so the family can read it and recognise their "
                                    "own situation.</p><p>For family group decision making, "
                                    "mapping helps at several points:</p><ul><li>at referral, to "
                                    "turn concerns into clear bottom lines and "
                                    "questions</li><li>in preparation, to help the family see what "
                                    "professionals see</li><li>in the information-giving part of "
                                    "the meeting, to share concerns and strengths in the same "
                                    "structure</li><li>at review, to see what has "
                                    "changed</li></ul><p>The map is a tool for thinking together, "
                                    "not a form to complete. Where possible, build it with the "
                                    "family rather than presenting a finished version.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>What are we worried about?</h2><p>The first column holds "
                                    "the worries. Separate them into three "
                                    "kinds:</p><ul><li><strong>Harm</strong>: what has already "
                                    "happened to the child, and its impact. This is the "
                                    "evidence.</li><li><strong>Danger</strong>: what professionals "
                                    "fear will happen in future if nothing "
                                    "changes.</li><li><strong>Complicating factors</strong>: "
                                    "things that make the situation harder to resolve, such as "
                                    "poverty, poor housing or a parent's ill health, but which are "
                                    "not harm in themselves.</li></ul><p>Keeping these apart "
                                    "matters. If complicating factors are mixed in with harm, a "
                                    "family may feel they are being judged for being poor or "
                                    "unwell. If harm is not written down clearly, the danger can "
                                    "seem to come from nowhere.</p><p>Write what people did and "
                                    'what happened to the child. "On three occasions this term '
                                    'the child arrived at school without having eaten" says more '
                                    'than "neglect".</p>'
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>What's working well?</h2><p>The second column holds what "
                                    "is working. Separate two "
                                    "kinds:</p><ul><li><strong>Strengths</strong>: good things "
                                    "about the family that are not directly about the danger, such "
                                    "as a parent's warmth or a child doing well at a "
                                    "club.</li><li><strong>Existing safety</strong>: things people "
                                    "are already doing, and have kept doing over time, that "
                                    "protect the child from the specific "
                                    "danger.</li></ul><p>Existing safety is what a family plan "
                                    "builds on. A grandmother who has collected the child from "
                                    "school every Friday for a year is showing reliable care. If "
                                    "the danger is about weekends, that is a strong starting "
                                    "point.</p><h2>What needs to happen?</h2><p>The third column "
                                    "holds the safety goals and the next steps. Safety goals "
                                    "describe what the family will be doing when professionals are "
                                    "no longer worried. Next steps are the immediate actions. The "
                                    "next module looks at writing danger statements and safety "
                                    "goals in detail.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "information",
                                    "heading": "About the name",
                                    "text": (
                                        "<p>Signs of Safety is a trademark of Elia International. "
                                        "This module is our council's own learning material about "
                                        "how we use the model in practice. It is not licensed "
                                        "Signs of Safety training. Ask the workforce development "
                                        "team about formal training.</p>"
                                    ),
                                },
                            ),
                            (
                                "scenario",
                                {
                                    "title": "Sorting the information",
                                    "situation": (
                                        "<p>A referral for a child, aged 7, includes these "
                                        "points:</p><ul><li>the child has arrived at school hungry "
                                        "on several mornings this term</li><li>the mother says she "
                                        "has struggled since a bereavement last year</li><li>the "
                                        "grandmother has collected the child from school every "
                                        "Friday for a year</li><li>the child is doing well in the "
                                        "school choir</li><li>the family has rent arrears</li></ul>"
                                    ),
                                    "questions": (
                                        "<ul><li>Which column does each point belong "
                                        "in?</li><li>Which worries are harm, and which are "
                                        "complicating factors?</li><li>Which point shows existing "
                                        "safety, and which is a wider strength?</li></ul>"
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "using-the-safety-scale",
                        "title": "Using the safety scale",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>The safety scale</h2><p>After mapping, ask each person to "
                                    "rate the situation on a scale from 0 to 10. On our "
                                    "scale:</p><ul><li><strong>0</strong> means the child cannot "
                                    "safely stay in the current "
                                    "situation</li><li><strong>10</strong> means things are safe "
                                    "enough for the case to close</li></ul><p>Ask everyone: "
                                    "parents, the wider family, each professional and, in a way "
                                    "that suits their age, the child. Record each score and the "
                                    "reasons given. Explain the two ends of the scale each time, "
                                    "in plain words, so that people are rating the same "
                                    "thing.</p><p>Scaling is quick, but it does a lot of work. It "
                                    "shows where people agree and where they do not. It gives the "
                                    "family a clear sense of how worried professionals are. And it "
                                    "gives everyone a way to notice progress.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>The reasons matter more than the number</h2><p>A score on "
                                    "its own tells you little. The conversation about it is where "
                                    "the learning is. Useful questions include:</p><ul><li>What "
                                    "makes it a 4 and not a 2?</li><li>What would need to happen "
                                    "for it to move up one point?</li><li>What would you see that "
                                    "would tell you things had got better?</li></ul><p>When scores "
                                    "differ, do not average them and do not argue about who is "
                                    "right. Ask each person to explain their score. A grandparent "
                                    "who scores 8 may know about help that professionals have not "
                                    "seen. A social worker who scores 4 may know about harm the "
                                    "family has not heard. Both need to come out before a plan can "
                                    "work.</p><p>Questions about one more point often produce the "
                                    "first, practical steps of a plan.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Scaling in family meetings and reviews</h2><p>Scaling "
                                    "fits naturally at several points in a family group conference "
                                    "or family network meeting:</p><ul><li>in preparation, so the "
                                    "coordinator understands how far apart views are</li><li>in "
                                    "the information-giving part, so the family hears how worried "
                                    "professionals are</li><li>when the plan is agreed, to ask how "
                                    "confident people are that it will work</li><li>at the review, "
                                    "to compare scores with the first meeting and explain the "
                                    "change</li></ul><p>Keep the same scale throughout, so that "
                                    "scores can be compared.</p><p>Scaling should never feel like "
                                    "a test. If a family member gives a low score, thank them for "
                                    "their honesty. If a child gives a score, make sure they "
                                    "understand that there is no wrong answer and that their score "
                                    "will not get anyone into trouble.</p>"
                                ),
                            ),
                            (
                                "scenario",
                                {
                                    "title": "Different scores at a review",
                                    "situation": (
                                        "<p>At a review conference the grandmother scores the "
                                        "situation at 8. The social worker scores it at 4. The "
                                        "young person, aged 14, scores it at 6.</p>"
                                    ),
                                    "questions": (
                                        "<ul><li>What questions would you ask each person about "
                                        "their score?</li><li>How would you use the difference "
                                        "between 8 and 4 without it becoming an "
                                        "argument?</li><li>How could the young person's score help "
                                        "the family update their plan?</li></ul>"
                                    ),
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": (
                                        "Think about a time you asked a family or a colleague to "
                                        "scale a situation, or were asked yourself. What did the "
                                        "conversation about the score show that the number alone "
                                        "did not?"
                                    ),
                                    "guidance": (
                                        "Note the questions that opened up the conversation, and "
                                        "any that closed it down. Consider how you would explain "
                                        "the scale next time. Keep names and identifying details "
                                        "of the family out of your reflection."
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "mapping-and-scaling-knowledge-check",
                        "title": "Knowledge check",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<p>Answer these questions to check your understanding of "
                                    "mapping and scaling. You need 80% to pass. You can try "
                                    "again.</p>"
                                ),
                            ),
                            (
                                "question",
                                {
                                    "question": "What are the three columns of the map?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "What are we worried about, what's working well, "
                                                "what needs to happen"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Worries, what's working and next steps "
                                                "sit side by side so none is lost."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Risks, protective factors, services to refer to"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "A map is not a referral list. The third column is "
                                                "about safety goals and next steps, not only "
                                                "services."
                                            ),
                                        },
                                        {
                                            "text": "Past, present, future",
                                            "correct": False,
                                            "feedback": (
                                                "Time matters within the columns, but this is not "
                                                "how the map is organised."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Which of these belong in the 'what are we worried about' "
                                        "column? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": (
                                                "The child has arrived at school hungry on several "
                                                "mornings"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This is harm: something that has already "
                                                "happened to the child."
                                            ),
                                        },
                                        {
                                            "text": "The family has rent arrears",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This is a complicating factor. It "
                                                "belongs in the worries column, kept separate from "
                                                "harm."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Professionals fear the child will go without food "
                                                "and become unwell"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This is the danger: what could happen if "
                                                "nothing changes."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The grandmother has collected the child every "
                                                "Friday for a year"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. This is existing safety and belongs in the "
                                                "'what's working well' column."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "What is the difference between existing safety and a "
                                        "strength?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "There is no difference; the words mean the same"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "They are different. Mixing them up can make a "
                                                "family look safer than it is."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Existing safety is action, shown over time, that "
                                                "protects the child from the specific danger"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Strengths are good things more "
                                                "generally. Existing safety is directly linked to "
                                                "the danger."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Existing safety is anything a professional has "
                                                "put in place"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Existing safety can come from anyone, and is most "
                                                "useful when it comes from the family's own "
                                                "network."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": "On our safety scale, what do 0 and 10 mean?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "0: the child cannot safely stay in the current "
                                                "situation; 10: safe enough to close the case"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Explain both ends each time you use the "
                                                "scale."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "0: no worries at all; 10: the highest level of "
                                                "worry"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "This is the wrong way round. On our scale a "
                                                "higher number means more safety."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "0: the family has not engaged; 10: the family has "
                                                "done everything asked"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "The scale is about the child's safety, not about "
                                                "compliance with professionals."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Scores differ widely between family and professionals. "
                                        "What helps? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": (
                                                "Asking each person to explain what makes it their "
                                                "number"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The reasons show what each person knows "
                                                "or fears."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Asking what would need to happen to move up one "
                                                "point"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This often produces the first practical "
                                                "steps of a plan."
                                            ),
                                        },
                                        {
                                            "text": "Averaging the scores to find a fair middle",
                                            "correct": False,
                                            "feedback": (
                                                "No. An average hides the differences, which are "
                                                "the most useful part."
                                            ),
                                        },
                                        {
                                            "text": "Telling the family their score is too high",
                                            "correct": False,
                                            "feedback": (
                                                "No. Arguing about the number closes the "
                                                "conversation. Explore it instead."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "slug": "danger-statements-and-safety-goals",
                "title": "Danger statements and safety goals",
                "summary": (
                    "Writing clear danger statements, pairing each with a safety goal, and using "
                    "them to set the bottom lines and questions for a family meeting."
                ),
                "learning_outcomes": [
                    (
                        "Write a danger statement that says who is worried, what they fear will "
                        "happen and the impact on the child."
                    ),
                    (
                        "Use plain, behaviour-specific words that a family member can read without "
                        "jargon."
                    ),
                    (
                        "Pair each danger statement with a safety goal that describes what safety "
                        "will look like."
                    ),
                    (
                        "Turn danger statements and safety goals into bottom lines and questions "
                        "for a family meeting."
                    ),
                ],
                "audience": ["practitioners"],
                "cpd_hours": "1.5",
                "pass_mark": 80,
                "statements": ["FGCC-B-S-06", "FGCC-C-K-03", "FGCC-C-E-03", "FGCC-B-E-09"],
                "prerequisites": ["mapping-and-scaling"],
                "lessons": [
                    {
                        "slug": "writing-danger-statements",
                        "title": "Writing danger statements",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>What a danger statement is</h2><p>A danger statement says "
                                    "clearly what professionals fear will happen to a child if "
                                    "nothing changes. It has three parts:</p><ul><li><strong>who "
                                    'is worried</strong>, named by role, such as "the social '
                                    'worker and the health visitor"</li><li><strong>what they '
                                    "fear will happen</strong>, based on the harm that has already "
                                    "happened</li><li><strong>the impact on the child</strong>, if "
                                    "it did happen</li></ul><p>It looks forward, but it rests on "
                                    "evidence. It comes from the harm in the first column of the "
                                    "map, not from general worries.</p><p>A danger statement is "
                                    "always paired with a safety goal. On its own it tells a "
                                    "family what is wrong. With a safety goal it also tells them "
                                    "what needs to be different.</p><p>Keep the number small. One "
                                    "or two clear danger statements that everyone understands are "
                                    "more useful than a long list that no one can hold in mind.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Plain, behaviour-specific words</h2><p>Write danger "
                                    "statements so that the family can read them and know exactly "
                                    "what is meant. Avoid professional shorthand such as "
                                    '"neglect", "risk of significant harm", "poor '
                                    'engagement" or "chaotic lifestyle". These words may be '
                                    "accurate, but they do not tell a parent what they did or what "
                                    "needs to change.</p><p>Describe behaviour: what adults did or "
                                    "did not do, and what happened to the "
                                    'child.</p><h3>Before</h3><p>"Mother has poor mental health '
                                    "and fails to engage, placing the child at risk of significant "
                                    'harm."</p><h3>After</h3><p>"The social worker and the '
                                    "school are worried that when the mother is very low she stays "
                                    "in bed and the child, aged 8, does not get breakfast or get "
                                    "to school. They are worried that if this keeps happening the "
                                    "child will go hungry, fall behind and feel that they have to "
                                    'look after their mother on their own."</p><p>The second '
                                    "version is longer, but a family can plan around it. It is "
                                    "also fairer: it describes a pattern, not a person.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Checking a draft</h2><p>Before a danger statement goes "
                                    "into a referral or is shared with a family, check it against "
                                    "these questions:</p><ul><li>Does it say who is worried, by "
                                    "role?</li><li>Does it describe behaviour rather than "
                                    "labels?</li><li>Does it say what the impact on the child "
                                    "would be?</li><li>Is it based on harm that has actually "
                                    "happened?</li><li>Would the family recognise the situation it "
                                    "describes, even if they do not agree with it?</li><li>Is it "
                                    "short enough to read aloud in the "
                                    "meeting?</li></ul><p>Reading it aloud is a useful test. If "
                                    "you would feel uncomfortable saying it to the parent "
                                    "directly, rewrite it until you would not. That is not about "
                                    "softening the worry. It is about saying it in a way the "
                                    "parent can hear.</p><p>Present danger statements in documents "
                                    "in an accessible, strength-based format, alongside the safety "
                                    "goals and what is already working.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "tip",
                                    "heading": "The read-aloud test",
                                    "text": (
                                        "<p>Read your danger statement aloud as if the parent were "
                                        "sitting opposite you. If it uses words they would not "
                                        "use, or blames rather than describes, rewrite it.</p>"
                                    ),
                                },
                            ),
                            (
                                "scenario",
                                {
                                    "title": "Rewriting a danger statement",
                                    "situation": (
                                        "<p>A referral for a family meeting includes this danger "
                                        "statement: \"Father's alcohol misuse and volatile "
                                        'behaviour present a significant risk to the children." '
                                        "The children are aged 3 and 9. The school has seen the "
                                        "older child arrive upset on Monday mornings.</p>"
                                    ),
                                    "questions": (
                                        "<ul><li>What is missing from the danger "
                                        "statement?</li><li>What would you need to know to rewrite "
                                        "it in behaviour-specific words?</li><li>How could you "
                                        "write it so the father can hear it?</li></ul>"
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "safety-goals-and-the-family-meeting",
                        "title": "Safety goals and the family meeting",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>What a safety goal is</h2><p>A safety goal describes what "
                                    "everyone will see the family doing, over time, that shows the "
                                    "child is safe from the specific danger. It answers the "
                                    "question: what will be different when we are no longer "
                                    "worried?</p><p>A safety goal is about behaviour, not "
                                    'services. "Attend a parenting course" is a step, not a '
                                    "goal. Finishing a course does not show that a child is safe. "
                                    "A safety goal describes the safe care that people will "
                                    'see:</p><p>"Every school day the child has breakfast and '
                                    "gets to school on time. When the mother is unwell, an adult "
                                    "from the family network she has agreed on steps in before the "
                                    "child goes without. The social worker and school will see "
                                    'this happening for at least three months."</p><p>Include how '
                                    "long the safe care needs to be seen for. Safety that has "
                                    "lasted only a week is a start. Safety that has lasted months "
                                    "is something a plan can rest on.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>From danger statement to referral</h2><p>Danger "
                                    "statements and safety goals fit closely with the family group "
                                    "conference referral:</p><ul><li>the <strong>danger "
                                    "statement</strong> becomes the core of the "
                                    "concerns</li><li>the <strong>safety goal</strong> shapes the "
                                    "bottom lines: what any plan must achieve</li><li>the "
                                    "<strong>questions</strong> ask the family how they will reach "
                                    'the safety goal</li></ul><p>For example: "How will the '
                                    "family make sure the child has breakfast and gets to school "
                                    "on the days the mother is unwell? Who will the child go to if "
                                    'they are worried?"</p><p>This gives the family the '
                                    "<em>what</em> and leaves them to decide the <em>how</em>. It "
                                    "also makes the plan easier to check. When the plan comes back "
                                    "from private family time, everyone can ask: does this reach "
                                    "the safety goal?</p><p>Bottom lines should be limited to what "
                                    "is needed for safety. Agree them with your manager, in line "
                                    "with your service's procedure, before the meeting. Do not add "
                                    "new bottom lines on the day.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Using them in the meeting and at review</h2><p>In the "
                                    "information-giving part of the meeting, share the danger "
                                    "statement and the safety goal together, in that order. Then "
                                    "share what is already working. This gives the family a clear "
                                    "picture of the worry, the target and what they can build "
                                    "on.</p><p>In private family time, the family has the safety "
                                    "goal in writing. It becomes the standard their plan is "
                                    "measured against.</p><p>At the review, return to the same "
                                    "danger statement and safety goal. Ask people to scale "
                                    "progress towards the goal and to explain their scores. If the "
                                    "danger has changed, update the statement openly and explain "
                                    "why. Do not quietly move the target.</p><p>Families are more "
                                    "likely to engage with a plan when they can see what success "
                                    "looks like. A clear safety goal gives them something to work "
                                    "towards, not just something to avoid.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "important",
                                    "heading": "Safety goals are not a list of services",
                                    "text": (
                                        "<p>If a safety goal can be met by attending appointments "
                                        "without anything changing at home, it is not a safety "
                                        "goal. Describe the safe care the child will experience, "
                                        "and for how long.</p>"
                                    ),
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": (
                                        "Look back at a danger statement or safety goal you have "
                                        "written or received. Would the family have been able to "
                                        "read it and know what needed to change?"
                                    ),
                                    "guidance": (
                                        "Rewrite it in your own words using the checks in this "
                                        "module. Note what you changed and why. If you use real "
                                        "text, remove anything that could identify the family, "
                                        "including ages combined with places, schools or unusual "
                                        "events."
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "danger-statements-knowledge-check",
                        "title": "Knowledge check",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<p>Answer these questions to check your understanding of "
                                    "danger statements and safety goals. You need 80% to pass. You "
                                    "can try again.</p>"
                                ),
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Which three parts does a danger statement include?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "Who is worried, what they fear will happen, and "
                                                "the impact on the child"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. These three parts make the worry clear "
                                                "and specific."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The parent's diagnosis, the services involved, "
                                                "and the case history"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "These are background. A danger statement "
                                                "describes the future worry in behaviour-specific "
                                                "terms."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "What the family must do, by when, and the "
                                                "consequences"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "This describes actions and consequences, which "
                                                "belong in the plan, not in a danger statement."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Which of these phrases should be rewritten in "
                                        "behaviour-specific words? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "Poor engagement",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. It does not say what happened or why it "
                                                "matters to the child."
                                            ),
                                        },
                                        {
                                            "text": "Chaotic lifestyle",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. It is a label. Describe what adults did "
                                                "and the effect on the child."
                                            ),
                                        },
                                        {
                                            "text": "Risk of significant harm",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. It may be accurate, but a family cannot "
                                                "plan around it. Say what harm is feared."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The child did not get breakfast on school days"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. This already describes what happened, in "
                                                "plain words."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Which of these is a safety goal rather than a step?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "The mother will attend a parenting course",
                                            "correct": False,
                                            "feedback": (
                                                "This is a step. Attending a course does not in "
                                                "itself show the child is safe."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Every school day the child has breakfast and gets "
                                                "to school, with an agreed adult stepping in when "
                                                "needed, seen for at least three months"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. It describes the safe care people will "
                                                "see, and for how long."
                                            ),
                                        },
                                        {
                                            "text": "The family will engage with services",
                                            "correct": False,
                                            "feedback": (
                                                "This is vague and about services, not about the "
                                                "child's care."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "How do danger statements and safety goals connect to a "
                                        "family group conference referral? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": (
                                                "The danger statement forms the core of the "
                                                "concerns"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. It tells the family clearly what "
                                                "professionals are worried about."
                                            ),
                                        },
                                        {
                                            "text": "The safety goal shapes the bottom lines",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Bottom lines say what any plan must "
                                                "achieve, which is what the safety goal describes."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The questions ask the family how they will reach "
                                                "the safety goal"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The family decides how; the safety goal "
                                                "says what."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The safety goal tells the family which relative "
                                                "should care for the child"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. Naming a carer is a solution. Choosing "
                                                "solutions is the family's job in private family "
                                                "time."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "At a review, the danger has changed since the first "
                                        "meeting. What should you do?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "Keep the original statement so the scores stay "
                                                "comparable"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "An out-of-date danger statement misleads everyone "
                                                "about what the plan needs to address."
                                            ),
                                        },
                                        {
                                            "text": "Update the statement openly and explain why",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Being open keeps trust and keeps the "
                                                "plan focused on the real worry."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Quietly add the new worry to the plan after the "
                                                "meeting"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Changing the target without telling the family is "
                                                "unfair and damages trust."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "slug": "tools-with-children",
                "title": "Hearing children: Three Houses, Safety House and Words and Pictures",
                "summary": (
                    "Using Three Houses, the Safety House and Words and Pictures explanations to "
                    "hear children and bring their voice into family meetings and plans."
                ),
                "learning_outcomes": [
                    "Use the Three Houses tool to hear a child's worries, good things and dreams.",
                    "Explain how the Safety House helps a child take part in safety planning.",
                    "Describe what a Words and Pictures explanation is and who writes it.",
                    (
                        "Bring a child's views into a family meeting so they shape the family's "
                        "thinking."
                    ),
                ],
                "audience": ["practitioners"],
                "cpd_hours": "1.5",
                "pass_mark": 80,
                "statements": ["FGCC-C-S-04", "FGCC-A-S-04", "FGCC-B-S-03", "FGCTL-A-E-08"],
                "prerequisites": [],
                "lessons": [
                    {
                        "slug": "three-houses-and-the-safety-house",
                        "title": "Three Houses and the Safety House",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>Why tools help</h2><p>Children rarely answer direct "
                                    "questions about harm and safety in a way that helps them or "
                                    'us. Being asked "Are you safe at home?" by a stranger is '
                                    "hard for anyone. Simple, visual tools give children something "
                                    "to do with their hands and a structure that makes it easier "
                                    "to talk.</p><p>The tools in this module are widely used with "
                                    "the Signs of Safety model. They are not tests or assessments "
                                    "in themselves. They are ways of listening. What matters most "
                                    "is the relationship: a calm, patient adult who explains what "
                                    "they are doing, accepts what the child says and is honest "
                                    "about what will happen next.</p><p>Before you start, think "
                                    "about the child's age, understanding, language and any "
                                    "disability. Plan where you will meet and how long for. Bring "
                                    "paper and pens, and let the child choose how to use them.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Three Houses</h2><p>Three Houses helps a child share "
                                    "their view of their life. The child, or the practitioner with "
                                    "the child, draws three houses:</p><ul><li><strong>the house "
                                    "of worries</strong>: things that worry or upset the "
                                    "child</li><li><strong>the house of good things</strong>: "
                                    "things that are going well and that the child "
                                    "enjoys</li><li><strong>the house of dreams</strong>: how the "
                                    "child would like things to be</li></ul><p>Some practitioners "
                                    "start with good things, so the child begins somewhere "
                                    "comfortable. Write down the child's own words, exactly, and "
                                    "let them draw if they prefer.</p><p>At the end, go through "
                                    "the houses with the child. Ask who they would like to see "
                                    "them and whether there is anything they do not want shared. "
                                    "Tell them honestly if something they have said needs to be "
                                    "passed on to keep them or someone else safe.</p><p>The tool "
                                    "can be adapted. Older children may prefer a list, a "
                                    "conversation or an app. Disabled children may need symbols or "
                                    "help from someone who knows how they communicate.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>The Safety House</h2><p>The Safety House helps a child "
                                    "take part in safety planning. Versions vary, but it usually "
                                    "asks the child to show, by drawing a house:</p><ul><li>who "
                                    "lives in the house with them</li><li>who visits, and who they "
                                    "would like to visit</li><li>who should not come in, or only "
                                    "when another adult is there</li><li>the rules of the house "
                                    "that would help them feel safe</li><li>the path to the house, "
                                    "showing what needs to happen to make it safe</li></ul><p>The "
                                    "Safety House lets a child see that a safety plan is about "
                                    "them and that adults are taking their view seriously. It "
                                    "often reveals who the child trusts and who they feel unsure "
                                    "about.</p><p>It works best alongside the family's safety "
                                    "planning, not instead of it. Share what the child draws with "
                                    "their agreement, and show them later how their house shaped "
                                    "the plan.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "important",
                                    "heading": "What happens to the child's words",
                                    "text": (
                                        "<p>Tell the child who will see their houses before you "
                                        "begin, and ask again at the end. Store the originals as "
                                        "your service requires. Never upload a child's drawing or "
                                        "words, or any identifying detail, to a training record or "
                                        "reflection.</p>"
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "words-and-pictures-and-the-childs-voice",
                        "title": "Words and Pictures and the child's voice in the meeting",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>Words and Pictures explanations</h2><p>A Words and "
                                    "Pictures explanation helps a child understand why "
                                    "professionals are involved with their family and what is "
                                    "happening now. It tells the story in simple words and "
                                    "drawings, at the child's level.</p><p>It is written with the "
                                    "parents, and often with other important adults in the "
                                    "network. The parents' involvement matters. A child is more "
                                    "likely to accept an explanation that their parents have "
                                    "helped to write and share with them. Writing it together can "
                                    "also help parents see the worries more clearly.</p><p>A good "
                                    "explanation:</p><ul><li>uses words the child would "
                                    "use</li><li>is honest about the worries, without "
                                    "blaming</li><li>includes what is going well and who is "
                                    "helping</li><li>explains what will happen next</li><li>tells "
                                    "the child who they can talk to</li></ul><p>It is often used "
                                    "when a child is living away from home, when a safety plan "
                                    "changes daily routines, or when a child has questions that no "
                                    "one has answered. Agree with the parents who will share it "
                                    "with the child and when.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Bringing the child's voice into the meeting</h2><p>A "
                                    "child can take part in a family meeting in many ways. They "
                                    "may attend for part or all of it, speak for themselves or "
                                    "through an advocate, or send a drawing, a letter or their "
                                    "Three Houses.</p><p>However they take part, place the child's "
                                    "views early in the meeting, during information giving. This "
                                    "gives the family the child's worries and wishes before they "
                                    "start to plan.</p><p>Use the child's words to direct the "
                                    "family's thinking. If a child says they feel scared when they "
                                    "hear shouting at night, the family's plan should say what "
                                    "will happen at night. If a child says they miss their "
                                    "grandfather, the plan should say how they will see "
                                    "him.</p><p>When the plan comes back from private family time, "
                                    "check it against what the child said. Ask: would this child "
                                    "recognise their worries in this plan?</p><p>Afterwards, tell "
                                    "the child what was decided and how their views made a "
                                    "difference. If some of their wishes could not be met, explain "
                                    "why.</p>"
                                ),
                            ),
                            (
                                "scenario",
                                {
                                    "title": "A worry the child wants kept secret",
                                    "situation": (
                                        "<p>During Three Houses, the child, aged 8, draws in the "
                                        'house of worries "Dad shouting at Mum". Then the child '
                                        'says: "Don\'t tell Dad I said that."</p>'
                                    ),
                                    "questions": (
                                        "<ul><li>How would you respond to the child in the "
                                        "moment?</li><li>What do you need to consider before this "
                                        "is shared, and with whom?</li><li>How could the child's "
                                        "worry be brought into the family meeting safely?</li></ul>"
                                    ),
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": (
                                        "Think about a time you used a tool such as Three Houses, "
                                        "the Safety House or a Words and Pictures explanation, or "
                                        "saw a colleague use one. How did the child's contribution "
                                        "change what the adults did next?"
                                    ),
                                    "guidance": (
                                        "Consider how you prepared, how you explained what would "
                                        "happen to the child's words, and how their views reached "
                                        "the plan. Note one thing you would adapt for a child of a "
                                        "different age or with different needs. Do not include the "
                                        "child's words verbatim or any identifying detail."
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "tools-with-children-knowledge-check",
                        "title": "Knowledge check",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<p>Answer these questions to check your understanding of the "
                                    "tools for hearing children. You need 80% to pass. You can try "
                                    "again.</p>"
                                ),
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "What are the three houses in the Three Houses tool?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Worries, good things and dreams",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Together they give a balanced picture of "
                                                "the child's view."
                                            ),
                                        },
                                        {
                                            "text": "Mum's house, Dad's house and school",
                                            "correct": False,
                                            "feedback": (
                                                "The houses are about the child's feelings and "
                                                "hopes, not places."
                                            ),
                                        },
                                        {
                                            "text": "Past, present and future",
                                            "correct": False,
                                            "feedback": (
                                                "The tool is not organised by time, although "
                                                "dreams look ahead."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "What can the Safety House help a child to show? Choose "
                                        "all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "Who they want inside the house with them",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. It shows the people the child feels safe "
                                                "with."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Who should not come in, or only with another adult"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. It can reveal who the child feels unsure "
                                                "about."
                                            ),
                                        },
                                        {
                                            "text": "Rules that would help them feel safe",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The child's rules can feed directly into "
                                                "the safety plan."
                                            ),
                                        },
                                        {
                                            "text": "A formal assessment score of their safety",
                                            "correct": False,
                                            "feedback": (
                                                "No. The Safety House is a way of listening, not a "
                                                "scored assessment."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": "Who writes a Words and Pictures explanation?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "The social worker alone, then gives it to the "
                                                "child"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Without the parents, the child may not trust the "
                                                "explanation, and parents miss the chance to "
                                                "understand the worries."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The parents, with the practitioner and often "
                                                "other important adults"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Writing it together helps the child "
                                                "accept it and helps the parents understand the "
                                                "worries."
                                            ),
                                        },
                                        {
                                            "text": "The child's advocate",
                                            "correct": False,
                                            "feedback": (
                                                "Advocates help children share their views. They "
                                                "do not write explanations for the child."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "How can a child's views shape a family meeting? Choose "
                                        "all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "Sharing them early, during information giving",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The family hears the child before they "
                                                "start to plan."
                                            ),
                                        },
                                        {
                                            "text": "Checking the plan against what the child said",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. A plan should answer the child's worries."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Telling the child afterwards how their views made "
                                                "a difference"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This shows the child that taking part "
                                                "mattered."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Sharing everything the child said, whether or not "
                                                "they agreed"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. Share what the child agreed to share, except "
                                                "where something must be passed on to keep someone "
                                                "safe, and explain that to them."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "A child says something worrying and asks you not to tell "
                                        "anyone. What should you do?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "Promise to keep it secret so the child keeps "
                                                "talking"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "You cannot promise this. Breaking the promise "
                                                "later would damage the child's trust."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Explain honestly that you may need to share it to "
                                                "keep people safe, and follow safeguarding "
                                                "procedures"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Be honest, tell the child what will "
                                                "happen next, and pass the concern on."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Ignore it, because it came up during a play "
                                                "activity"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "What children say during activities can be as "
                                                "important as what they say in direct conversation."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
        ],
    },
    {
        "slug": "family-network-meetings",
        "title": "Family Network Meetings",
        "introduction": (
            "<p>Family network meetings and family group conferences are both forms of family "
            "group decision making. This programme covers family network meetings under the "
            "children's social care reforms, writing family plans that can be relied on in "
            "pre-proceedings and court, and meetings that need special arrangements to keep people "
            "safe.</p>"
        ),
        "modules": [
            {
                "slug": "family-network-meetings-and-the-reforms",
                "title": "Family network meetings and the reforms",
                "summary": (
                    "Where family network meetings fit in the national reforms, how they differ "
                    "from family group conferences, and how Lifelong Links helps children in care "
                    "stay connected."
                ),
                "learning_outcomes": [
                    (
                        "Explain how Stable Homes, Built on Love, the Families First programme and "
                        "Working Together 2023 shape family group decision making."
                    ),
                    "Describe how a family network meeting differs from a family group conference.",
                    (
                        "Plan a family network meeting of about 90 minutes that ends with a safety "
                        "plan."
                    ),
                    "Explain what Lifelong Links is and which children it is for.",
                ],
                "audience": ["practitioners"],
                "cpd_hours": "1.5",
                "pass_mark": 80,
                "statements": ["FGCC-C-K-04", "FGCC-B-K-01", "FGCC-C-K-02", "FGCTL-A-K-01"],
                "prerequisites": ["mapping-and-scaling"],
                "lessons": [
                    {
                        "slug": "the-reforms-and-family-group-decision-making",
                        "title": "The reforms and family group decision making",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>The national picture</h2><p>In 2023 the Department for "
                                    "Education published <em>Stable Homes, Built on Love</em>, its "
                                    "strategy for reforming children's social care in England. It "
                                    "put the family network at the centre: helping families "
                                    "earlier, making more use of relatives and friends, and "
                                    "involving families in decisions about their "
                                    "children.</p><p>The Families First for Children pathfinder "
                                    "tested these ideas in a small number of areas. The approach "
                                    "was then taken forward nationally through the Families First "
                                    "Partnership programme, with guidance for local areas "
                                    "published in March 2025.</p><p>For our service, the direction "
                                    "is clear. Family group decision making is expected to be "
                                    "offered earlier and more often, not kept for the point when "
                                    "care proceedings are close. Family network meetings have "
                                    "become a common way of doing this, alongside family group "
                                    "conferences.</p><p>The detail of how each area responds is a "
                                    "local matter. Check your service's current guidance for how "
                                    "the reforms apply to your team.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>An umbrella term</h2><p><em>Working Together to Safeguard "
                                    'Children 2023</em> uses "family group decision making" as '
                                    "an umbrella term. It covers family-led forums that share some "
                                    "key features:</p><ul><li>the family is prepared for the "
                                    "meeting</li><li>the family is given the information it "
                                    "needs</li><li>the meeting takes place in a safe "
                                    "setting</li><li>the family has private time to make its "
                                    "plan</li></ul><p>Family group conferences and family network "
                                    "meetings both sit under this umbrella. So does a Lifelong "
                                    "Links family group conference.</p><h2>A new duty before care "
                                    "proceedings</h2><p>The Children's Wellbeing and Schools Act "
                                    "2026 adds a new section 31ZA to the Children Act 1989. Before "
                                    "applying for a care or supervision order, a local authority "
                                    "in England must offer a family group decision-making meeting "
                                    "to the parents and others with parental responsibility. If "
                                    "they accept, the meeting must be held, unless that would not "
                                    "be in the child's best interests. The offer is made in the "
                                    "letter before proceedings.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>What this means for our service</h2><p>Family group "
                                    "decision making now happens at many points in a child's "
                                    "journey: when a family first needs help, under a child in "
                                    "need or child protection plan, in pre-proceedings, during "
                                    "proceedings, and for children in care and care "
                                    "leavers.</p><p>Different points call for different "
                                    "meetings:</p><ul><li>a <strong>family group "
                                    "conference</strong>, with an independent coordinator and full "
                                    "preparation, where the situation is complex, where there is "
                                    "conflict, or where the family needs the independence of the "
                                    "process</li><li>a <strong>family network meeting</strong>, "
                                    "led by the lead practitioner, where a quicker, shorter "
                                    "meeting with the network can build a safety plan</li><li>a "
                                    "<strong>Lifelong Links family group conference</strong>, for "
                                    "children in care who need their network "
                                    "rebuilt</li></ul><p>Family group decision making coordinators "
                                    "support lead practitioners to run family network meetings, "
                                    "and co-facilitate the more complex ones. If you are unsure "
                                    "which meeting suits a family, talk it through with the "
                                    "team.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "information",
                                    "heading": "Check the current position",
                                    "text": (
                                        "<p>This material does not say when the new duty to offer "
                                        "a family group decision-making meeting comes into force, "
                                        "because the commencement date had not been confirmed when "
                                        "it was written. Check with your manager or legal team "
                                        "whether it is in force, and follow current local guidance "
                                        "in the meantime.</p>"
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "running-a-family-network-meeting",
                        "title": "Running a family network meeting",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>What a family network meeting is</h2><p>There is no "
                                    "national definition of a family network meeting. Councils run "
                                    "them in different ways. In our practice, a family network "
                                    "meeting is its own type of meeting, with these usual "
                                    "features:</p><ul><li>it is facilitated by the lead "
                                    "practitioner: the social worker, key worker or personal "
                                    "adviser who already works with the family</li><li>it often "
                                    "follows the Signs of Safety structure of worries, what's "
                                    "working well and what needs to happen</li><li>it lasts about "
                                    "90 minutes</li><li>it ends with a safety plan</li></ul><p>A "
                                    "family group conference differs in three main ways. It has an "
                                    "independent coordinator who is not involved in decisions "
                                    "about the case. It has longer preparation. And private family "
                                    "time is always part of it.</p><p>Services vary on whether and "
                                    "how private family time is built into a family network "
                                    "meeting. Follow your local guidance, and be clear with the "
                                    "family about what to expect.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Preparing and running the meeting</h2><p>A family network "
                                    "meeting needs less preparation than a conference, but it "
                                    "still needs some. Before the meeting:</p><ul><li>agree with "
                                    "the parents who to invite from the network</li><li>explain "
                                    "the purpose to each person and what will be asked of "
                                    "them</li><li>gather the child's views</li><li>prepare a "
                                    "short, plain-language summary of the worries and what is "
                                    "working</li></ul><p>A simple agenda keeps the meeting to "
                                    "time: welcome and purpose; the worries and what is working; "
                                    "the danger statement and safety goal; what the network can "
                                    "offer; and the safety plan, with who does what and by when. "
                                    "End by agreeing how the plan will be checked and when the "
                                    "network will meet again.</p><p>If the meeting reveals serious "
                                    "conflict, new concerns or a network that cannot plan together "
                                    "in 90 minutes, pause. A family group conference with an "
                                    "independent coordinator may be the better route.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Lifelong Links</h2><p>Lifelong Links is an approach "
                                    "developed by Family Rights Group for children in care. Many "
                                    "children in care lose touch with relatives and other "
                                    "important adults over time. Lifelong Links aims to change "
                                    "that.</p><p>A trained coordinator works with the child or "
                                    "young person to find relatives and adults who have mattered "
                                    "to them, such as former carers, teachers or family friends. "
                                    "With the young person's agreement, those people are contacted "
                                    "and invited to take part.</p><p>A Lifelong Links family group "
                                    "conference then brings the network together to make a "
                                    "lifelong support plan. The plan is about relationships that "
                                    "last beyond care: who will stay in touch, who will be there "
                                    "at key moments, and who the young person can turn to as an "
                                    "adult.</p><p>Lifelong Links sits alongside our work with care "
                                    "experienced young people, including meetings for young people "
                                    "leaving care to keep them connected with their networks. "
                                    "Services that offer it follow its own process and "
                                    "training.</p>"
                                ),
                            ),
                            (
                                "scenario",
                                {
                                    "title": "A quick meeting or a conference?",
                                    "situation": (
                                        "<p>The lead social worker is asked to hold a family "
                                        "network meeting within two weeks for a child, aged 3. The "
                                        "mother has been admitted to hospital. The maternal "
                                        "grandmother and an aunt both want to help. The father "
                                        "lives nearby and has not seen the child for a year. The "
                                        "grandmother and the father do not get on.</p>"
                                    ),
                                    "questions": (
                                        "<ul><li>Who would you invite, and how would you prepare "
                                        "each person?</li><li>What should the safety plan cover in "
                                        "the first few weeks?</li><li>What would make you suggest "
                                        "a family group conference instead?</li></ul>"
                                    ),
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": (
                                        "Think about a family you have worked with where the "
                                        "network could have been involved earlier or more fully. "
                                        "What kind of meeting would have suited them, and at what "
                                        "point?"
                                    ),
                                    "guidance": (
                                        "Consider what stopped the network being involved and what "
                                        "would have helped. Think about the reforms' emphasis on "
                                        "earlier help and family networks. Write about the "
                                        "pattern, not the family, and leave out any identifying "
                                        "detail."
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "family-network-meetings-knowledge-check",
                        "title": "Knowledge check",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<p>Answer these questions to check your understanding of "
                                    "family network meetings and the reforms. You need 80% to "
                                    "pass. You can try again.</p>"
                                ),
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "How does Working Together to Safeguard Children 2023 use "
                                        "the term 'family group decision making'?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "As another name for a family group conference only"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "It is broader than that. It covers several kinds "
                                                "of family-led forum."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "As an umbrella term for family-led forums with "
                                                "preparation, information, a safe setting and "
                                                "private family time"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Family group conferences and family "
                                                "network meetings both sit under it."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "As a name for professionals' planning meetings "
                                                "about a family"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. Family group decision making is family-led, "
                                                "not a professionals' meeting."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Which of these are usual features of a family network "
                                        "meeting in our practice? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "It is facilitated by the lead practitioner",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Usually the social worker, key worker or "
                                                "personal adviser already working with the family."
                                            ),
                                        },
                                        {
                                            "text": "It lasts about 90 minutes",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. It is shorter than a family group "
                                                "conference."
                                            ),
                                        },
                                        {
                                            "text": "It ends with a safety plan",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The meeting's purpose is a plan the "
                                                "network can act on."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "It is always chaired by an independent coordinator"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. An independent coordinator is a feature of a "
                                                "family group conference. Coordinators may "
                                                "co-facilitate complex network meetings."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "Under the Children's Wellbeing and Schools Act 2026, what "
                                        "must a local authority in England do before applying for "
                                        "a care or supervision order?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Hold a family group conference in every case",
                                            "correct": False,
                                            "feedback": (
                                                "The duty is to offer a meeting, and to hold it if "
                                                "accepted, unless that is not in the child's best "
                                                "interests."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Offer a family group decision-making meeting to "
                                                "the parents and those with parental "
                                                "responsibility, and hold it if they accept, "
                                                "unless that is not in the child's best interests"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The offer goes in the letter before "
                                                "proceedings. Check locally whether the duty has "
                                                "commenced."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Get the court's permission to hold a family "
                                                "meeting"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No court permission is needed. The duty falls on "
                                                "the local authority."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "When might a family group conference suit a family better "
                                        "than a family network meeting? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "There is serious conflict in the network",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Independent coordination and fuller "
                                                "preparation help manage conflict."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The family needs a process independent of the "
                                                "social worker"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. An independent coordinator is not "
                                                "involved in decisions about the case."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The situation is too complex to plan for in 90 "
                                                "minutes"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Complex situations need longer "
                                                "preparation and private family time without a "
                                                "time limit."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The network is small and agrees on a simple plan"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. A family network meeting is often well suited "
                                                "to this."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": "What is Lifelong Links?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "A Family Rights Group approach that helps "
                                                "children in care find relatives and important "
                                                "adults and make a lifelong support plan"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. A Lifelong Links family group conference "
                                                "makes the plan."
                                            ),
                                        },
                                        {
                                            "text": "A national database of kinship carers",
                                            "correct": False,
                                            "feedback": (
                                                "No. It is an approach to rebuilding a child's "
                                                "network, not a database."
                                            ),
                                        },
                                        {
                                            "text": "A contact arrangement ordered by the court",
                                            "correct": False,
                                            "feedback": (
                                                "No. Lifelong Links is voluntary and led by the "
                                                "young person's wishes."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "slug": "court-ready-family-plans",
                "title": "Writing a family plan a court can rely on",
                "summary": (
                    "How to record a family plan that is specific, resourced and reviewable, so it "
                    "can be relied on in pre-proceedings and, if needed, in court."
                ),
                "learning_outcomes": [
                    (
                        "Describe where family group decision making fits in pre-proceedings under "
                        "the Public Law Outline."
                    ),
                    (
                        "Explain the new duty to offer a family group decision-making meeting "
                        "before care proceedings, and check locally whether it is in force."
                    ),
                    (
                        "Write plan actions that say who does what, by when, and how it will be "
                        "monitored."
                    ),
                    "Build a contingency plan and a review date into every family plan.",
                    (
                        "Record the family's position, the options considered and the outcome "
                        "clearly and fairly."
                    ),
                ],
                "audience": ["practitioners"],
                "cpd_hours": "2.0",
                "pass_mark": 80,
                "statements": [
                    "FGCC-B-K-08",
                    "FGCTL-B-E-02",
                    "FGCC-C-E-05",
                    "FGCC-B-E-09",
                    "FGCC-C-E-01",
                ],
                "prerequisites": [
                    "fgc-stages-and-private-family-time",
                    "danger-statements-and-safety-goals",
                ],
                "lessons": [
                    {
                        "slug": "plans-in-pre-proceedings",
                        "title": "Plans in pre-proceedings",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>Pre-proceedings and the Public Law Outline</h2><p>The "
                                    "Public Law Outline sets out how care proceedings are run. "
                                    "When a local authority is considering care proceedings, it "
                                    "usually first enters pre-proceedings. It sends the parents a "
                                    "letter before proceedings, which sets out the concerns and "
                                    "invites them to a meeting. The letter tells them to get legal "
                                    "advice, and they can bring a solicitor.</p><p>Pre-proceedings "
                                    "is a chance to avoid court where that is safe. Family group "
                                    "decision making has an important part to play:</p><ul><li>the "
                                    "network can make a plan that keeps the child safely at "
                                    "home</li><li>relatives and friends who could care for the "
                                    "child can be identified early, so assessments do not start "
                                    "late</li><li>the family's own view is set out clearly before "
                                    "any decisions are made</li></ul><p>If proceedings do start, "
                                    "the family plan and the record of the meeting may be read by "
                                    "the parents' solicitors, the children's guardian and the "
                                    "court. The plan should be written with that in mind from the "
                                    "start.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>The duty to offer a meeting</h2><p>The Children's "
                                    "Wellbeing and Schools Act 2026 adds section 31ZA to the "
                                    "Children Act 1989. Before a local authority in England "
                                    "applies for a care or supervision order, it must offer a "
                                    "family group decision-making meeting to the parents and "
                                    "others with parental responsibility. If they accept, the "
                                    "meeting must be held unless that would not be in the child's "
                                    "best interests. The offer goes in the letter before "
                                    "proceedings.</p><p>This material does not confirm the "
                                    "commencement date. Check with your manager or legal team "
                                    "whether the duty is in force, and follow local guidance in "
                                    "the meantime. Many services already offer a meeting before "
                                    "proceedings as good practice.</p><p>Either way, the plan from "
                                    "the meeting needs to be good enough for professionals and, if "
                                    "it comes to it, the court to rely on. It should give a clear "
                                    "overview of the family's position, the options considered and "
                                    "the outcome.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Who reads the plan, and what they need</h2><p>A family "
                                    "plan may be read by the family, the social worker, managers, "
                                    "legal colleagues, parents' solicitors, the children's "
                                    "guardian and a judge. Each needs to understand it without "
                                    "having been in the room.</p><p>The plan itself is the "
                                    "family's. Write it in their words, in an accessible, "
                                    "strength-based format. Do not add professional analysis to "
                                    "it.</p><p>Alongside the plan, the coordinator's record of the "
                                    "meeting sets out the process:</p><ul><li>who was invited, who "
                                    "attended and who sent views</li><li>how the child's views "
                                    "were gathered and shared</li><li>the bottom lines and "
                                    "questions the family was asked to answer</li><li>the options "
                                    "the family considered, where they chose to share "
                                    "them</li><li>whether the plan was agreed, and any part that "
                                    "was not</li></ul><p>The coordinator does not assess whether a "
                                    "relative can care for the child. That is the social worker's "
                                    "assessment, made separately.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "important",
                                    "heading": "Independence holds in court work too",
                                    "text": (
                                        "<p>A coordinator's record describes the process and the "
                                        "plan. It does not give a view on the family, recommend an "
                                        "outcome or assess carers. Keeping to this protects the "
                                        "independence that makes the process trusted by "
                                        "families.</p>"
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "writing-the-plan",
                        "title": "Writing the plan",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>Who does what, by when</h2><p>Each action in the plan "
                                    "should answer four questions: who, what, when and how often. "
                                    "Vague actions are hard to keep and impossible to "
                                    'check.</p><h3>Vague</h3><p>"The family will support the '
                                    'mother with the children."</p><h3>Specific</h3><p>"The '
                                    "maternal aunt will collect both children from school every "
                                    "Monday and Wednesday and give them tea at her home until 6pm, "
                                    'starting next week."</p><p>In a real plan, people are named. '
                                    "In training material and reflections like these, use roles "
                                    "instead.</p><p>Include what services will do as well as what "
                                    "the family will do. If the council has agreed to fund "
                                    "transport or provide a family support worker, the plan should "
                                    "say who will arrange it and by when. A plan that depends on "
                                    "help that never arrives will fail through no fault of the "
                                    "family.</p><p>Check that every person named in the plan was "
                                    "there, or has agreed, to do what it says. A plan is only as "
                                    "good as the commitment behind each action.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Monitoring and contingency</h2><p>A plan needs to say how "
                                    "everyone will know it is working. Agree:</p><ul><li>who in "
                                    "the family will keep an eye on the plan day to "
                                    "day</li><li>how the family will tell the social worker if "
                                    "something goes wrong</li><li>what the social worker and other "
                                    "professionals will check, and how often</li></ul><p>Then "
                                    "agree the contingency plan: what happens if part of the plan "
                                    "stops working. Good contingency plans are as specific as the "
                                    'main plan. "If the aunt is ill, the grandfather will collect '
                                    'the children" is a contingency plan. "The family will sort '
                                    'something out" is not.</p><p>Think about the most likely '
                                    "points of failure: illness, work shifts, school holidays, a "
                                    "relapse, a falling-out. Ask the family what they would do in "
                                    "each case, and write it down.</p><p>Include what should "
                                    "happen if the child is at risk out of hours, and who the "
                                    "family should call.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>The review date and the final check</h2><p>Set the review "
                                    "date at the meeting, before people leave. A review is usually "
                                    "held after about two to three months. In pre-proceedings, "
                                    "agree a date that fits the local authority's "
                                    "timescales.</p><p>Before the meeting ends, check the whole "
                                    "plan with everyone:</p><ul><li>Does it meet each bottom "
                                    "line?</li><li>Does it answer each question the family was "
                                    "asked?</li><li>Does it respond to what the child "
                                    "said?</li><li>Is every action specific: who, what, "
                                    "when?</li><li>Is there a monitoring arrangement and a "
                                    "contingency plan?</li><li>Is the review date "
                                    "set?</li><li>Does everyone attending agree with "
                                    "it?</li></ul><p>Circulate the plan within a few days. Its "
                                    "actions should feed into the child's plan, so that "
                                    "professionals are working to the same plan as the family.</p>"
                                ),
                            ),
                            (
                                "scenario",
                                {
                                    "title": "A plan that sounds good",
                                    "situation": (
                                        "<p>A family plan for two children, aged 5 and 10, says: "
                                        '"The family will support mum. Uncle will help with the '
                                        "kids. Everyone will keep an eye on things. We will meet "
                                        'again if needed." The family is in pre-proceedings.</p>'
                                    ),
                                    "questions": (
                                        "<ul><li>What would a court, or a children's guardian, be "
                                        "unable to tell from this plan?</li><li>What questions "
                                        "would you ask the family to make each action "
                                        "specific?</li><li>What monitoring, contingency and review "
                                        "arrangements are missing?</li></ul>"
                                    ),
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": (
                                        "Look at a family plan you have written or worked with. "
                                        "Could someone who was not at the meeting tell who does "
                                        "what, by when, how it is checked and what happens if it "
                                        "stops working?"
                                    ),
                                    "guidance": (
                                        "Pick one action and rewrite it to be specific. Note what "
                                        "the contingency and review arrangements were. Use roles, "
                                        "not names, and remove anything that could identify the "
                                        "family or the children."
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "court-ready-plans-knowledge-check",
                        "title": "Knowledge check",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<p>Answer these questions to check your understanding of "
                                    "writing family plans that can be relied on. You need 80% to "
                                    "pass. You can try again.</p>"
                                ),
                            ),
                            (
                                "question",
                                {
                                    "question": "Which plan action is specific enough to rely on?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "The family will support the mother with the "
                                                "children"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "This does not say who, what or when, so no one "
                                                "can check it."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The aunt will collect both children from school "
                                                "every Monday and Wednesday, starting next week"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. It says who, what, when and how often."
                                            ),
                                        },
                                        {
                                            "text": "Everyone will keep an eye on things",
                                            "correct": False,
                                            "feedback": (
                                                "This is a hope, not an action. It does not say "
                                                "who will do what."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "What should a family plan include? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "Who does what, and by when",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Specific actions are the core of a plan."
                                            ),
                                        },
                                        {
                                            "text": "How the plan will be monitored",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Everyone needs to know how they will "
                                                "tell if it is working."
                                            ),
                                        },
                                        {
                                            "text": "A contingency plan",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The plan should say what happens if part "
                                                "of it fails."
                                            ),
                                        },
                                        {
                                            "text": "A review date",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Set it before people leave the meeting."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The coordinator's assessment of whether the "
                                                "relatives are suitable carers"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. Assessing carers is the social worker's role, "
                                                "made separately. The coordinator stays "
                                                "independent."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "What does the letter before proceedings do in the "
                                        "pre-proceedings stage?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "It sets out the concerns, invites the parents to "
                                                "a meeting and tells them to get legal advice"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Parents can bring a solicitor. Under the "
                                                "new duty, the offer of a family group "
                                                "decision-making meeting goes in this letter."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "It tells the parents that care proceedings have "
                                                "started"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. Pre-proceedings happens before any "
                                                "application to court."
                                            ),
                                        },
                                        {
                                            "text": "It asks the family to nominate a coordinator",
                                            "correct": False,
                                            "feedback": (
                                                "No. The letter sets out concerns and next steps; "
                                                "families do not nominate coordinators."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "What belongs in the coordinator's record of the meeting, "
                                        "alongside the family's plan? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": (
                                                "Who was invited, who attended and who sent views"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This shows how wide the network was and "
                                                "who contributed."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "How the child's views were gathered and shared"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Readers need to know the child was "
                                                "heard, and how."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The bottom lines and questions the family was "
                                                "asked"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. This lets readers check the plan against "
                                                "what was asked."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "A recommendation on whether the court should make "
                                                "an order"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. The coordinator is independent and does not "
                                                "recommend outcomes."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": "Which of these is a good contingency arrangement?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "The family will sort something out if there is a "
                                                "problem"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "This is not specific enough to rely on when "
                                                "things go wrong."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "If the aunt is ill, the grandfather will collect "
                                                "the children and tell the social worker the same "
                                                "day"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. It names who steps in and how "
                                                "professionals will know."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The social worker will decide what to do at the "
                                                "time"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "This hands the problem back to professionals and "
                                                "misses the point of a family-made plan."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "The commencement date of the new duty to offer a meeting "
                                        "is not confirmed in your material. What should you do?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "Assume it is in force and tell families it is a "
                                                "legal right"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Do not assume. Telling families something "
                                                "inaccurate about their rights could mislead them."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Check with your manager or legal team and follow "
                                                "current local guidance"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Confirm the position locally before "
                                                "relying on it."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Stop offering family meetings before proceedings "
                                                "until it starts"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. Many services already offer meetings before "
                                                "proceedings as good practice."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "slug": "split-and-co-convened-meetings",
                "title": "Split meetings, co-convened meetings and confidentiality",
                "summary": (
                    "Adapting family meetings when orders, bail conditions or domestic abuse stop "
                    "people being in one room, and handling family information safely, including "
                    "in training records."
                ),
                "learning_outcomes": [
                    (
                        "Explain when a split or co-convened meeting may be needed and what each "
                        "involves."
                    ),
                    (
                        "Plan a meeting so everyone can take part safely, including where there "
                        "are court orders or bail conditions."
                    ),
                    "Decide what can and cannot be shared between the parts of a split meeting.",
                    (
                        "Keep identifying details out of training records, reflections and "
                        "observations."
                    ),
                ],
                "audience": ["practitioners"],
                "cpd_hours": "1.5",
                "pass_mark": 80,
                "statements": [
                    "FGCC-B-E-05",
                    "FGCC-B-E-08",
                    "FGCC-A-S-07",
                    "FGCC-B-E-02",
                    "FGCC-C-S-06",
                ],
                "prerequisites": [
                    "fgc-stages-and-private-family-time",
                ],
                "lessons": [
                    {
                        "slug": "when-one-meeting-will-not-work",
                        "title": "When one meeting will not work",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>Why adapt the meeting</h2><p>Sometimes the people who "
                                    "matter to a child cannot safely be in the same room. Common "
                                    "reasons include:</p><ul><li>a court order that stops one "
                                    "person contacting or going near another</li><li>bail "
                                    "conditions</li><li>domestic abuse, where one person fears "
                                    "another</li><li>conflict so serious that a joint meeting "
                                    "would not be safe or useful</li></ul><p>Leaving someone out "
                                    "is not the only option. A child may still benefit from both "
                                    "parents, or both sides of the family, contributing to the "
                                    "plan. Split and co-convened meetings are ways of making that "
                                    "possible.</p><p>These are local variants of the family group "
                                    "conference, and services describe and run them in different "
                                    "ways. The aim is always the same: that everyone who matters "
                                    "can contribute safely, and that the child's safety comes "
                                    "first.</p><p>Safety planning for participants is ongoing. "
                                    "Assess risk at referral, during preparation, on the day and "
                                    "afterwards, and adjust the plan for the meeting whenever new "
                                    "information emerges.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Split meetings</h2><p>In a split meeting, different parts "
                                    "of the family take part in separate sessions. For example, "
                                    "the mother and her family may meet in the morning and the "
                                    "father and his family in the afternoon, or on different "
                                    "days.</p><p>Each session follows the usual structure: "
                                    "information giving, private family time and agreeing the "
                                    "plan. The coordinator then brings the contributions together "
                                    "into one plan, with the agreement of each group.</p><p>Points "
                                    "to plan for:</p><ul><li>arrival and leaving times, entrances "
                                    "and waiting areas, so people do not meet</li><li>the same "
                                    "information given to each group, so no one is at a "
                                    "disadvantage</li><li>what each group agrees can be passed on "
                                    "to the other</li><li>how the child's views are shared in each "
                                    "session</li><li>how to stop one group's plan overriding the "
                                    "other's</li></ul><p>An adult advocate can help a person who "
                                    "may struggle to be heard, for example someone who has "
                                    "experienced abuse.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Co-convened meetings</h2><p>The term is used differently "
                                    "across services. In this module, a co-convened meeting is one "
                                    "where two coordinators share the work. This may be to manage "
                                    "legal requirements, such as bail conditions or orders that "
                                    "stop people being near one another, or to promote family "
                                    "cohesion where the network is large or "
                                    "divided.</p><p>Co-convening can also mean an experienced "
                                    "colleague joins a coordinator where safety planning shows the "
                                    "family's situation is complex. This is a good use of "
                                    "experience, not a sign that the first coordinator cannot "
                                    "cope.</p><p>Co-convening works when roles are clear. Agree in "
                                    "advance:</p><ul><li>who prepares which family "
                                    "members</li><li>who chairs each part of the "
                                    "meeting</li><li>how you will share information with each "
                                    "other, and what stays with one coordinator</li><li>what you "
                                    "will do if a risk arises on the day</li></ul><p>Debrief "
                                    "together afterwards, and record the decisions about the "
                                    "meeting's arrangements in line with your service's "
                                    "procedures.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "important",
                                    "heading": "Check orders and conditions first",
                                    "text": (
                                        "<p>Before arranging anything, confirm any court orders or "
                                        "bail conditions with the referrer and, where needed, your "
                                        "legal team or the police. Do not rely only on what family "
                                        "members say. Never arrange a meeting, or a message "
                                        "between people, that would breach an order or "
                                        "condition.</p>"
                                    ),
                                },
                            ),
                            (
                                "scenario",
                                {
                                    "title": "A father on bail",
                                    "situation": (
                                        "<p>A father is on bail with a condition not to contact "
                                        "the mother. Both want to take part in a family group "
                                        "conference about their child, aged 10. The child has told "
                                        "the advocate they want both parents to help make the "
                                        "plan.</p>"
                                    ),
                                    "questions": (
                                        "<ul><li>What do you need to check before planning the "
                                        "meeting?</li><li>How could a split meeting be arranged so "
                                        "that no condition is breached?</li><li>How will you make "
                                        "sure the child's wish is respected as far as it safely "
                                        "can be?</li></ul>"
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "confidentiality-and-recording",
                        "title": "Confidentiality and recording",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<h2>Confidentiality in family meetings</h2><p>Family meetings "
                                    "involve sensitive information. Some of it, such as health, "
                                    "criminal matters or sexual history, is special category or "
                                    "criminal offence data and needs extra care.</p><p>At the "
                                    "start of preparation and again at the meeting, "
                                    "explain:</p><ul><li>what information will be shared in the "
                                    "meeting and why</li><li>who will receive the "
                                    "plan</li><li>that people are asked not to share personal "
                                    "information outside the meeting</li><li>the limit: anything "
                                    "suggesting a child or adult is at risk will be passed "
                                    "on</li></ul><p>Before the meeting, agree with professionals "
                                    "what they will share. Information should be relevant to the "
                                    "plan and no more. If a parent's health or history is "
                                    "relevant, talk to the parent first about how it will be "
                                    "described.</p><p>Respect the privacy of private family time, "
                                    "and do not ask family members to report what was said.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Information across a split meeting</h2><p>In a split "
                                    "meeting, the coordinator carries information between groups. "
                                    "Be careful and explicit:</p><ul><li>ask each group what they "
                                    "agree can be passed on, and record it</li><li>pass on the "
                                    "plan's actions and the child's views as agreed, not the "
                                    "discussion</li><li>never share anything that could reveal "
                                    "where a person lives, works or is staying, or the child's "
                                    "school, if that could put someone at risk</li></ul><p>The "
                                    "written plan needs the same care. Check it before it is "
                                    "circulated for addresses, schools, routines or other details "
                                    "that could help someone locate a person who needs to stay "
                                    "safe.</p><p>If the plan contains information that could put "
                                    "someone at risk, agree with the referrer before the meeting "
                                    "how it will be circulated. Record the decision and the "
                                    "reason.</p>"
                                ),
                            ),
                            (
                                "text",
                                (
                                    "<h2>Keeping identifying details out of training "
                                    "records</h2><p>Practice Circle holds your learning, "
                                    "reflections, observations and CPD records. These must not "
                                    "contain identifying details of families.</p><p>Removing names "
                                    "is not enough. A combination of details can identify a family "
                                    "to someone who knows the area: a child's age, a school, a "
                                    "street, an unusual event, a job, a language, a date. The "
                                    "Information Commissioner's Office uses the idea of a "
                                    '"motivated intruder" to test this: could someone who wanted '
                                    "to identify the person do so from what you wrote, using other "
                                    "information they could find?</p><p>The safest approach is to "
                                    "keep identifiers out from the start, rather than trying to "
                                    "anonymise later:</p><ul><li>write about the practice, not the "
                                    'case</li><li>use roles, such as "a grandparent", not names '
                                    "or initials</li><li>leave out places, dates, schools and "
                                    "distinctive details</li><li>describe patterns, not events "
                                    "that only one family has experienced</li></ul><p>Our service "
                                    "keeps a retention schedule for training records and removes "
                                    "them when they are no longer needed.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "style": "tip",
                                    "heading": "Write the pattern, not the case",
                                    "text": (
                                        "<p>Instead of describing one family's story, describe "
                                        'what you did and what you learnt: "When a parent felt '
                                        "blamed in the first part of the meeting, I paused and "
                                        'restated the ground rules." This is useful learning and '
                                        "identifies no one.</p>"
                                    ),
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": (
                                        "Think about a meeting where information had to be handled "
                                        "with particular care, such as a split meeting or one "
                                        "involving domestic abuse. How did you decide what was "
                                        "shared, with whom and how?"
                                    ),
                                    "guidance": (
                                        "Describe the decisions and your reasons, not the family. "
                                        "Use roles rather than names and leave out places, dates "
                                        "and distinctive events. Read your reflection back and ask "
                                        "whether a motivated intruder could identify anyone."
                                    ),
                                },
                            ),
                        ],
                    },
                    {
                        "slug": "split-meetings-knowledge-check",
                        "title": "Knowledge check",
                        "blocks": [
                            (
                                "text",
                                (
                                    "<p>Answer these questions to check your understanding of "
                                    "split and co-convened meetings and confidentiality. You need "
                                    "80% to pass. You can try again.</p>"
                                ),
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "When might a split meeting be needed? Choose all that "
                                        "apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": (
                                                "A court order stops one parent contacting the "
                                                "other"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. A split meeting lets both contribute "
                                                "without breaching the order."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "A person is on bail with a condition not to "
                                                "contact another participant"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The meeting must be arranged so the "
                                                "condition is not breached."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "One person fears another because of domestic abuse"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Separate sessions can let both take part "
                                                "safely."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Two relatives disagree about who should help with "
                                                "school runs"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. Ordinary disagreement is part of family "
                                                "planning and does not on its own require a split "
                                                "meeting."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "How should you confirm whether a participant has bail "
                                        "conditions?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Ask the participant and rely on their answer",
                                            "correct": False,
                                            "feedback": (
                                                "Family members may not know or share the exact "
                                                "terms. Confirm through professional routes."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Check with the referrer and, where needed, the "
                                                "legal team or the police"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Confirm conditions before making any "
                                                "arrangements."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Assume there are none unless someone mentions them"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Assuming could lead to a breach and put someone "
                                                "at risk."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "In a co-convened meeting, what should the two "
                                        "coordinators agree in advance? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "Who prepares which family members",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Clear roles avoid gaps and mixed "
                                                "messages."
                                            ),
                                        },
                                        {
                                            "text": "Who chairs each part of the meeting",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. The family should know who is leading at "
                                                "each stage."
                                            ),
                                        },
                                        {
                                            "text": "What to do if a risk arises on the day",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Plan for risk before it happens, not "
                                                "during it."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Which of them will decide whether the family's "
                                                "plan is accepted"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. Coordinators do not accept or decline plans; "
                                                "the referrer decides against the bottom lines."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "In a split meeting, what should the coordinator pass "
                                        "between groups?"
                                    ),
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "A full account of each group's discussion",
                                            "correct": False,
                                            "feedback": (
                                                "Discussion in private family time stays private, "
                                                "and full accounts can inflame conflict or create "
                                                "risk."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "What each group has agreed can be passed on, such "
                                                "as plan actions and the child's views"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Ask each group and record what they "
                                                "agree to share."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Nothing at all, so each group makes a separate "
                                                "plan"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "The aim is usually one plan for the child, "
                                                "brought together with each group's agreement."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": (
                                        "You are writing a reflection on Practice Circle about a "
                                        "family meeting. Which of these keep identifying details "
                                        "out? Choose all that apply."
                                    ),
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": (
                                                "Using roles such as 'a grandparent' instead of "
                                                "names"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Roles carry the learning without "
                                                "identifying anyone."
                                            ),
                                        },
                                        {
                                            "text": "Leaving out the school, the area and the date",
                                            "correct": True,
                                            "feedback": (
                                                "Correct. Combinations of these details can "
                                                "identify a family."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Writing about what you did and learnt rather than "
                                                "the family's story"
                                            ),
                                            "correct": True,
                                            "feedback": "Correct. Write the pattern, not the case.",
                                        },
                                        {
                                            "text": (
                                                "Using the family's initials instead of their names"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No. Initials, with other details, can still "
                                                "identify a family. Keep identifiers out "
                                                "altogether."
                                            ),
                                        },
                                    ],
                                },
                            ),
                            (
                                "question",
                                {
                                    "question": "What does the 'motivated intruder' test ask?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": (
                                                "Whether someone who wanted to identify a person "
                                                "could do so from what was written, using other "
                                                "information they could find"
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Correct. If they could, the record still contains "
                                                "identifying details."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Whether the record is protected by a strong "
                                                "password"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Security matters, but the test is about whether "
                                                "the content itself identifies someone."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Whether a family member has agreed to the record "
                                                "being kept"
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Consent does not make identifying details safe to "
                                                "keep in training records."
                                            ),
                                        },
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
        ],
    },
]
