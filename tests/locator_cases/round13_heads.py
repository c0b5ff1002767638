"""Locator pack, round 13 (open heads): a numbered place or thing that no rule owns ('basin
2', 'igloo 6', 'rink 3'), read by rule CL213 only where the sentence says of it what a person
alone does or says, since the head word cannot help. Readings added:

- a verb of speech whose reported clause has 'he' or 'she' for subject ('Bathhouse 4 says
  she ordered the bubbles'); 'it', and texts and people who are not customers ('Page 4
  says he was born', 'Speaker 2 says she disagrees'), stay quiet;
- a call made ('rang in', 'phoned'), not a line or a bell that rings;
- acts only a person does ('snored', 'apologised', 'keeps arguing'); loud ones ('shouting')
  only at someone or with a person's things, as sirens scream too;
- a customer's noun said of it ('is a regular'), the one reading that a room a
  clinician works in ('consult 3') takes;
- a plural verb after a singular head ('Rink 6 are asking');
- a belonging left somewhere ('left his scarf on the bench');
- the speaker's own thing wanted ('wants her nails redone'), not a machine's prompt ('wants
  her card').

Every sentence here was written for these tests. Cases marked 'guard' already passed
before these readings.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    ("Bathhouse 4 says she ordered the bubbles an hour ago", "Bathhouse 4"),
    ("Treehouse 2 claims he was promised a late checkout", "Treehouse 2"),
    ("Yurt 5 insists she booked the whole evening", "Yurt 5"),
    ("Pedalo 8 rang in from the middle of the lake", "Pedalo 8"),
    ("Shepherd hut 3 phoned about the wood burner", "Shepherd hut 3"),
    ("Igloo 6 snored through the entire aurora", "Igloo 6"),
    ("washer 12 keeps arguing with the attendant about the dryer", "washer 12"),
    ("Cabana 9 apologised for the broken glass", "Cabana 9"),
    ("easel 4 shouting at the instructor again", "easel 4"),
    ("Consult 3 is a regular, she knows the way", "Consult 3"),
    ("Treehouse 7 is a new customer, show him the zip wire", "Treehouse 7"),
    ("Rink 6 are asking for the lights dimmed", "Rink 6"),
    ("Hammock 3 were complaining about the wasps", "Hammock 3"),
    ("Dryer 8 left his jumper in the drum again", "Dryer 8"),
    ("Footbath 2 wants her nails redone before the wedding", "Footbath 2"),
    ("Gazebo 4 want the speeches moved indoors", "Gazebo 4"),
]

INNOCENT = [
    # speech with 'it', texts and people who are not customers
    "Igloo 6 says it is fully booked",
    "Washer 12 says error E21",
    "Page 4 says he was born in Leeds",
    "Verse 9 says she will return",
    "Speaker 2 says she disagrees with the chair",
    "Security 3 says he is at the east gate",
    "Witness 5 says he heard a bang",
    # things that ring
    "Extension 12 rang all afternoon",
    "Bell 3 rang twice at noon",
    "Treehouse 2 has a rope ladder",
    # sounds and states
    "siren 2 screaming down the high street",
    "kettle 4 shouting its whistle",
    "Igloo 6 melted by lunchtime",
    "Cabana 9 faces the pool",
    "Hot tub 5 is too hot",
    "Pedalo 8 has a cracked hull",
    "washer 12 keeps eating socks",
    "Dryer 8 is broken",
    # staff rooms and staff crews
    "Consult 3 wants his notes from yesterday",
    "Surgery 2 wants her next patient at four",
    "Engine 4 are asking for more hose",
    "Squad 3 are arguing over the kit",
    "Crew 2 were complaining about the rota",
    # groups, lists and owned heads
    "Rink 6 and 7 are closed for resurfacing",
    "Hammock 3 is a regular booking for the Smiths",
    "Model 3 is a customer favourite",
    # machines and what they leave or want
    "Dryer 8 left his shirts creased",
    "Dryer 8 left her clothes soaking wet",
    "Reader 2 wants her card again",
    "Scanner 4 wants his fingerprint",
    "Footbath 2 wants a new filter",
    # names and capitals
    "Highway 61 took his life",
    "Windows 11 says he must update",
    "We met at Studio 54 and she laughed all night",
]

# (text, match, replacement)
REWRITES = [
    ("Igloo 6 snored through the entire aurora", "Igloo 6", "The customer in igloo 6"),
    ("Rink 6 are asking for the lights dimmed", "Rink 6", "The customers on rink 6"),
    ("washer 12 keeps arguing with the attendant", "washer 12", "the customer at washer 12"),
]
