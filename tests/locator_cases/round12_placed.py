"""Locator pack, twelfth round: a person noun placed by a numbered place no rule owns.

Readings added:

- a person noun placed 'in', 'at', 'on' or 'off' a common noun (or a two-word compound) and
  a number no rule owns ('the family in igloo 6', 'the lady at pickup point 2'), or 'with'
  a reference ('the chap with collection reference PX-2291'), flagged by CL212; heads that
  place nobody are left alone (`unplaced_heads`: a figure, a school year, a platform, a
  shirt, a stage), and so are capitalised names ('the man in Rocky 4') and a number that
  goes on to a noun ('type 2 diabetes');
- 'the two', 'the four' placed by a number, when they do what people do ('the four on
  court 7 haven't paid'), not when they are things ('the two on shelf 3 are cracked');
- the place a person had ('the group who had court 5') and the tag they wear ('the dad
  wearing visitor lanyard 4'), not a player's number ('the woman wearing number 7');
- a dose is a unit: 'the man on 40 mg of statins' holds no place.

Every sentence here was written for these tests.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a place no rule owns
    ("The little boy in surgery 2 is terrified of the drill.", "The little boy in surgery 2"),
    ("the family in igloo 6 want more blankets", "the family in igloo 6"),
    ("The old man in hut 12 is asking for the warden.", "The old man in hut 12"),
    ("the couple in yurt 4 complained about the noise", "the couple in yurt 4"),
    ("The lady at pickup point 2 is still waiting for her parcel.", "The lady at pickup point 2"),
    ("the lad at simulator 4 keeps swearing at the screen", "the lad at simulator 4"),
    ("The guy on machine 14 has been there for an hour.", "The guy on machine 14"),
    ("the people in gazebo 2 want the heaters on", "the people in gazebo 2"),
    ("The bloke in hot tub 3 is clearly drunk.", "The bloke in hot tub 3"),
    ("the teenagers on trampoline 5 need to calm down", "the teenagers on trampoline 5"),
    ("The man at charging point 6 has been parked there all day.", "The man at charging point 6"),
    ("the gentleman in hide 3 says he saw an otter", "the gentleman in hide 3"),
    ("The woman at information point 3 wants a wheelchair.", "The woman at information point 3"),
    # with a reference
    (
        "The chap with collection reference PX-2291 came back.",
        "The chap with collection reference PX-2291",
    ),
    # a number word for a group
    ("The four on court 7 haven't paid for the hour.", "The four on court 7"),
    ("the two in H11 and H12 are on their phones again", "the two in H11 and H12"),
    # had or worn
    ("The group who had court 5 left the lights on.", "The group who had court 5"),
    ("The lady who had PC 11 all afternoon left her scarf.", "The lady who had PC 11"),
    ("the guy who had simulator 2 left his wallet behind", "the guy who had simulator 2"),
    ("The dad wearing visitor lanyard 4 keeps wandering off.", "The dad wearing visitor lanyard 4"),
]

# All but the dose ('40 mg') stay quiet on the code before this round too: guards, kept
# here because the reading of unowned heads could reach every one of them.
INNOCENT = [
    # documents and media
    "The man in figure 3 is holding a map.",
    "The woman in photo 2 is my aunt.",
    "The boy in episode 4 is played by a newcomer.",
    "The girl in video 12 does a backflip.",
    "The lady on page 40 is wearing a red coat.",
    "The couple in scene 3 argue about money.",
    "The woman in slide 7 is our new director.",
    "The man in season 2 is a villain.",
    "The two in photo 4 are my cousins.",
    # school years and classes
    "The kids in year 9 are doing exams.",
    "The boy in class 4B is new.",
    "The girls in grade 5 went on a trip.",
    "The children in form 3 are on a trip.",
    "The kids at key stage 2 sit the tests in May.",
    # public places that are nobody's spot
    "The family in terminal 5 missed the shuttle.",
    "The people on platform 4 waited an hour.",
    "The lady in zone 3 lives far out.",
    "The crowd at junction 14 slowed traffic.",
    "The people in hall 4 are watching the keynote.",
    "The people at stop 4 waited for ages.",
    # where staff work
    "The man on register 2 is new.",
    "The guy in office 9 handles payroll.",
    "The woman on reception 2 will sign you in.",
    # counts, times, doses, sizes
    "The man in his 60s runs every day.",
    "The couple at 8pm cancelled.",
    "The man with 3 bags is over there.",
    "The family of 4 needs a bigger car.",
    "The man on 40 mg of statins feels fine.",
    "The woman with type 2 diabetes manages well.",
    "The boy in size 10 shoes grew fast.",
    "The man on chemo cycle 4 feels sick.",
    "The woman in world war 2 worked in a factory.",
    # roads, routes, sports, names
    "The man on route 9 drives the early shift.",
    "The woman on Highway 61 broke down.",
    "The guy in shirt 9 scored twice.",
    "The man in jersey 23 is the captain.",
    "The woman wearing number 7 scored.",
    "The man from Unit 4 Ltd fixed the boiler.",
    "The man in Rocky 4 fights a Russian.",
    "The man with covid 19 symptoms stayed home.",
    "The kid with iphone 15 keeps showing it off.",
    # the places themselves, and things
    "Simulator 4 is out of order.",
    "Igloo 6 is booked until Friday.",
    "Gazebo 2 blew over in the storm.",
    "Pickup point 2 moved next to the lifts.",
    "The two on shelf 3 are cracked.",
    "The three in drawer 2 are spares.",
    "The lad who had 3 pints was sick.",
    "The teacher who had class 4B retired.",
]

REWRITES = [
    (
        "The family in igloo 6 want more blankets.",
        "The family in igloo 6",
        "The customers in igloo 6",
    ),
    (
        "the lady at pickup point 2 is still waiting",
        "the lady at pickup point 2",
        "the customer at pickup point 2",
    ),
]
