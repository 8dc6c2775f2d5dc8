"""The sentences the out-of-sample letters are written from, each labelled by hand.

Every sentence here was written for this corpus (none is taken from a published letter). A
status sentence says what the force has done about one finding and carries the status a careful
reader would record; a stance sentence says who takes which stance. ``build.py`` composes whole
letters from them, so each letter's truth follows from the sentences it was built from.
"""

from __future__ import annotations

# (finding key, status) -> sentences claiming that status, in the force's voice or about the force.
STATUS: dict[tuple[str, str], list[str]] = {
    ("oic:2", "implemented"): [
        "A compulsory intelligence submission step has been in place since January for every referral to "
        "Immigration Enforcement's National Command and Control Unit, and supervisors check it weekly.",
        "Every referral to the National Command and Control Unit is now followed by the intelligence report; "
        "the new procedure was completed in March and is fully embedded.",
    ],
    ("oic:2", "in_progress"): [
        "The force is currently updating its referral process so that officers who contact the National "
        "Command and Control Unit also submit the intelligence document.",
        "Work is under way in the contact centre to make the intelligence submission part of every NCCU "
        "referral, and compliance is improving month on month.",
    ],
    ("oic:2", "planned"): [
        "A revised referral procedure for the National Command and Control Unit, requiring the intelligence "
        "document to be submitted, will be rolled out in the autumn.",
        "The force plans to add a mandatory intelligence field to its NCCU referral form early next year.",
    ],
    ("oic:2", "not_started"): [
        "Work to change how referrals to the National Command and Control Unit are recorded has not yet "
        "started, pending national guidance from Immigration Enforcement.",
    ],
    ("oic:4", "implemented"): [
        "An organised immigration crime collection plan is in place and has been built into the force's "
        "control strategy since April.",
        "The force has completed its information collection plan for organised immigration crime, and "
        "sharing with the regional unit is now routine.",
    ],
    ("oic:4", "in_progress"): [
        "Analysts are drafting an information collection plan for organised immigration crime, and "
        "sharing arrangements with the regional unit are being agreed.",
        "The intelligence team is developing a collection and analysis plan for immigration crime with "
        "partners in the region.",
    ],
    ("oic:4", "planned"): [
        "The force intends to publish a collection and sharing plan for organised immigration crime before "
        "the end of the year.",
        "A dedicated collection plan for immigration crime will be introduced in the new financial year.",
    ],
    ("oic:4", "not_started"): [
        "The force has yet to begin work on a dedicated collection plan for organised immigration crime.",
    ],
    ("oic:8", "implemented"): [
        "All relevant officers and staff have completed the Hydra training package on organised immigration crime.",
        "Hydra exercises for investigators and intelligence staff have been delivered, and every relevant "
        "role has now attended.",
    ],
    ("oic:8", "in_progress"): [
        "Hydra sessions are under way, with 140 officers trained so far and further dates booked.",
        "The force is running the Hydra simulation for detectives and custody staff this quarter.",
    ],
    ("oic:8", "planned"): [
        "Hydra sessions for investigators and intelligence staff are scheduled to begin in the new year.",
        "The Hydra training package will be delivered to relevant personnel in the autumn.",
    ],
    ("oic:8", "not_started"): [
        "Hydra training has not yet started, as the regional facility is not available until next year.",
    ],
    ("oic:9", "implemented"): [
        "The four e-learning modules have been mandatory for relevant roles since February and completion "
        "stands at 97%.",
        "Every officer in a relevant role has completed all four modules of the e-learning package.",
    ],
    ("oic:9", "in_progress"): [
        "Completion of the four e-learning modules currently stands at 64% and is rising each month.",
        "The force is working through the four e-learning modules with frontline teams, and 380 staff have "
        "finished them so far.",
    ],
    ("oic:9", "planned"): [
        "The four modules will be added to the mandatory training plan from September.",
        "The force aims to assign the e-learning modules to all relevant staff in the spring.",
    ],
    ("oic:9", "not_started"): [
        "The e-learning modules have not yet been assigned to staff.",
    ],
    ("soc:1", "implemented"): [
        "A joint tasking meeting between the regional unit and the force has been in place since the "
        "spring, and shared 4P plans are now standard practice.",
    ],
    ("soc:1", "in_progress"): [
        "The force and the regional unit are working together on a shared 4P plan template and a joint "
        "tasking process.",
        "Joint working with the regional organised crime unit is being strengthened through a new partnership board.",
    ],
    ("soc:1", "planned"): [
        "A regional collaboration agreement will be signed in the coming months.",
    ],
    ("soc:2", "implemented"): [
        "Technical surveillance equipment is now bought through a single regional contract that has been "
        "in place since June.",
    ],
    ("soc:2", "in_progress"): [
        "A review of how technical surveillance equipment is procured and shared across the region is under way.",
    ],
    ("soc:2", "planned"): [
        "The region plans to introduce a shared register of surveillance equipment next year.",
        "A joint procurement framework for technical equipment will be rolled out in the autumn.",
    ],
}

# How letters refer to a finding without its number: paraphrasing headings.
PARAPHRASE: dict[str, list[str]] = {
    "oic:2": [
        "Reporting cases to the National Command and Control Unit",
        "Intelligence submissions after NCCU referrals",
    ],
    "oic:4": ["Plans for collecting and sharing information", "Collecting, analysing and sharing intelligence"],
    "oic:8": ["Hydra training", "The Hydra training package"],
    "oic:9": ["E-learning modules", "Completing the organised immigration crime e-learning"],
    "soc:1": ["Working together across the region", "Joint working with the regional unit"],
    "soc:2": ["Technical surveillance equipment", "Buying and using surveillance equipment"],
}

# Stance sentences by voice. "pb1": the policing body in the first person; "pb3": in the third
# person; "cc": the chief constable or force as the letter reports it; "cc_cell": a bare verdict
# in a force's response column.
STANCE: dict[tuple[str, str], list[str]] = {
    ("pb1", "agree"): ["I agree with this recommendation.", "I fully agree with the recommendation."],
    ("pb1", "accept"): ["I accept this recommendation.", "I accept the recommendation in full."],
    ("pb1", "support"): ["I support this recommendation.", "I welcome and support this recommendation."],
    ("pb1", "note"): ["I note this recommendation."],
    ("pb1", "partially_agree"): [
        "I support the aim of this recommendation, with reservations about the timescale.",
        "I agree with this recommendation in part, but I do not think the deadline is realistic.",
    ],
    ("pb1", "disagree"): ["I do not accept this recommendation as it is worded."],
    ("pb3", "agree"): ["The Commissioner agrees with this recommendation."],
    ("pb3", "accept"): ["The Commissioner accepts this recommendation."],
    ("pb3", "support"): ["The Commissioner supports this recommendation.", "The PCC supports this recommendation."],
    ("pb3", "partially_agree"): ["The Commissioner partially agrees with this recommendation."],
    ("cc", "accept"): [
        "The Chief Constable has accepted this recommendation.",
        "The force has accepted this recommendation.",
    ],
    ("cc", "agree"): ["The Chief Constable agrees with this recommendation."],
    ("cc", "partially_agree"): ["The Chief Constable has partially accepted this recommendation."],
    ("cc_cell", "accept"): ["Accepted."],
    ("cc_cell", "agree"): ["Agreed."],
    ("cc_cell", "partially_agree"): ["Partially accepted."],
}

# Comments a commissioner adds that take no stance and claim no status.
OVERSIGHT = [
    "I will monitor progress through my performance and accountability board.",
    "My office will review the force's progress at the quarterly scrutiny meeting.",
    "I will continue to hold the Chief Constable to account for delivery.",
]

# More ways of saying what the force has done, for letters added later (the tables above are kept as they
# are, so the letters built from them do not change). Written in other constructions: past simple, present
# practice, shares of staff, figures short of all, booked dates, expectations.
STATUS_MORE: dict[tuple[str, str], list[str]] = {
    ("oic:2", "implemented"): [
        "Referrals to Immigration Enforcement's command unit now carry an intelligence log as a matter of course; "
        "the change went live across the force in February.",
    ],
    ("oic:2", "in_progress"): [
        "Call handlers are being retrained so that each NCCU referral is followed by an intelligence log, and "
        "about two thirds of them have finished.",
    ],
    ("oic:2", "planned"): [
        "A change to the referral script requiring an intelligence log for each NCCU call is booked for "
        "the next system release.",
    ],
    ("oic:4", "implemented"): [
        "A collection plan for immigration crime has existed since last year and analysts refresh it every quarter.",
    ],
    ("oic:4", "in_progress"): [
        "The force's intelligence unit is writing a collection plan on immigration crime and expects to "
        "finish it by the winter.",
    ],
    ("oic:4", "planned"): [
        "Analysts expect to start the information collection plan for immigration crime in January.",
    ],
    ("oic:8", "implemented"): [
        "Every detective in the serious crime unit went through the Hydra exercise during the spring.",
    ],
    ("oic:8", "in_progress"): [
        "Roughly half of the relevant investigators have attended a Hydra session so far.",
    ],
    ("oic:8", "planned"): [
        "The first Hydra exercise for intelligence staff is scheduled for March.",
    ],
    ("oic:9", "implemented"): [
        "All four online modules now form part of mandatory training and every relevant officer has passed them.",
    ],
    ("oic:9", "in_progress"): [
        "Uptake of the four e-learning modules is at 48% and team leaders chase it weekly.",
    ],
    ("oic:9", "planned"): [
        "The e-learning modules will become compulsory for relevant staff from the new year.",
    ],
    ("soc:1", "in_progress"): [
        "Officers from the force and the regional unit are building a common tasking process together.",
    ],
    ("soc:2", "planned"): [
        "Buying of surveillance equipment is expected to move to a single regional contract next year.",
    ],
}

# Headings in other words than PARAPHRASE's, for letters added later.
PARAPHRASE_MORE: dict[str, list[str]] = {
    "oic:2": ["Logging intelligence when referring to Immigration Enforcement"],
    "oic:4": ["Knowing more about immigration crime: collection and analysis"],
    "oic:8": ["Exercising investigators through Hydra"],
    "oic:9": ["Online learning for relevant roles"],
    "soc:1": ["Collaboration between the force and the ROCU"],
    "soc:2": ["Purchasing covert technical kit"],
}

# What a stance names when one paragraph answers two findings ("I agree with the recommendation on ...").
TOPIC: dict[str, str] = {
    "oic:2": "intelligence submissions after NCCU referrals",
    "oic:4": "a plan to collect and share information",
    "oic:8": "the Hydra training package",
    "oic:9": "the e-learning modules",
    "soc:1": "working together with the regional unit",
    "soc:2": "technical surveillance equipment",
}

# Stances naming their topic, first person: "{topic}" is filled from TOPIC.
STANCE_ON: dict[str, list[str]] = {
    "agree": ["I agree with the recommendation on {topic}."],
    "accept": ["On {topic}, I accept the recommendation."],
    "support": ["I support what the report asks about {topic}."],
    "partially_agree": ["I agree only in part with the recommendation on {topic}."],
    "note": ["I note the recommendation on {topic}."],
}
