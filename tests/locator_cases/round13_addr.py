"""Locator pack, thirteenth round: codes spoken to, codes in stories and handovers.
Readings added:

- 'cheers' and 'ta' open an address like 'thanks' ('Cheers 31, mind the step!');
- a question whether the listener is the number ('Are you table 5?');
- a head and a capital before a numbered place are one place ('coach D seat 30',
  'row M seat 4'), so an address after it reaches the whole place;
- a short request to wait before an address ('Hold on, 27B, we'll find you a pillow');
- a number word called out at a counter with 'your' and what is theirs ('Thirty, your
  wraps!');
- staying with us, told as it went ('Suite 4 stayed with us every Christmas');
- not seen since a time ('Room 118 hasn't been seen since Friday');
- a ward note that gives the bed's age and sex ('Bed 11 handover: 92F, …');
- a small t and a number is a table as servers write it ('t7 wants the card machine');
- 'have' of what is the number's own by 'his', 'her' or 'their' ('Has table 9 had their
  mains?');
- ready to go to where patients are taken ('cubicle 8 is ready to go up to the ward').

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet. The flagged sentences fail on the code before this round
(one guard is marked); the look-alikes are guards.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # cheers and ta
    ("Cheers 31, mind the step on the way out!", "31"),
    ("cheers 5512, you're all set now", "5512"),
    ("Ta 14, see you Thursday", "14"),
    # asked whether the listener is the number
    ("Excuse me, are you table 5? Your pudding is here.", "table 5"),
    ("Are you cabin 210? The purser is looking for you.", "cabin 210"),
    ("Hello, are you bed 3? I'm the physio.", "bed 3"),
    # a lettered place before the number
    ("coach D seat 30, your assistance is waiting on the platform", "coach D seat 30"),
    ("Row M seat 4, your phone is ringing.", "Row M seat 4"),
    # a guard: found before this round too, by the parse; the span must still reach the row
    ("the woman in row J seat 2 is filming the stage", "the woman in row J seat 2"),
    # a request to wait
    ("Hold on, 27B, we'll find you a pillow.", "27B"),
    ("Hang on, 3A, your wheelchair is coming up now.", "3A"),
    ("Sit tight, 4410, I'm just pulling up your statement.", "4410"),
    # called out at a counter
    ("Thirty, your wraps!", "Thirty"),
    ("Sixty-one, your shakes are ready!", "Sixty-one"),
    ("Four, your lunch is up.", "Four"),
    # staying with us
    ("Suite 4 stayed with us every Christmas until the war.", "Suite 4"),
    ("Room 17 was staying with us when the storm hit.", "Room 17"),
    # not seen since
    ("Room 118 hasn't been seen since Friday, please knock.", "Room 118"),
    ("cabin 6010 has not been seen since the tender back from port", "cabin 6010"),
    ("309 hasn't been seen at lunch since Monday", "309"),
    # age and sex in a handover
    ("Bed 11 handover: 92F, dementia, pressure care 2-hourly", "Bed 11"),
    ("bay 1 bed 6: 45M, post-op, pain controlled", "bay 1 bed 6"),
    ("Cubicle 2 hand over: 33F, ?appendix, NBM", "Cubicle 2"),
    # t and a number
    ("t7 wants the card machine", "t7"),
    ("t11 asking for more napkins", "t11"),
    ("t2 ready to order, no starters", "t2"),
    # had their own
    ("Has table 9 had their mains?", "table 9"),
    ("Has bed 8 had her lunch?", "bed 8"),
    ("Room 20 has had his dinner already.", "Room 20"),
    # ready to go for care
    ("cubicle 8 is ready to go up to the ward", "cubicle 8"),
    ("Bay 2 is ready to go to recovery, call the porter", "Bay 2"),
]

INNOCENT = [
    # cheers and ta
    "Cheers, 31 is the last one on the list.",
    "Cheers to 31 years of the shop!",
    "Cheers 4 coming, see you all there",
    "Ta, 14 was the one I needed.",
    # asked about a place, not the listener
    "Are you happy at table 5?",
    "Are you sure cabin 210 is empty?",
    "Are you table 5's server tonight?",
    "Are you 18?",
    "Are you bed 3 on the list?",
    # a lettered place before a thing
    "coach D seat 30, the tray table is broken",
    "Row M seat 4, the armrest is loose, tagged.",
    "Block C room 4 is ready for inspection.",
    # a request to wait before a place or a count
    "Hold on, 27B is broken, we'll find you another seat.",
    "Hang on, 12, you'll need two tables for that.",
    "Check 3A, you'll see the belt is frayed.",
    "Dial 9, then 4410, you'll get the front desk.",
    # counts, answers and games
    "Thirty, your honour.",
    "Four, your turn to deal.",
    "Thirty, your total is eleven pounds.",
    "Sixty-one, your answer is close.",
    "Thirty, thirty-one, thirty-two.",
    "Six, your go!",
    # staying, of places and records
    "Suite 4 stayed empty every Christmas until the war.",
    "Case 8812 stays with me until the refund clears.",
    "Room 17 stays with us, the others go back to the agency.",
    "Lodge 3 stayed with the estate when the farm was sold.",
    # seen, of places and records
    "Room 118 hasn't been seen to since Friday.",
    "Room 118 hasn't been seen by the surveyor since May.",
    "The damp in 118 hasn't been seen since Friday.",
    "Account 5521 has not been seen since March.",
    "Room 118 hasn't been cleaned since Friday.",
    # a ward note about the bed or the bay
    "Bed 11 handover sheet is on the desk.",
    "Bay 4 handover: 2M 3F, one side room free",
    "Bed 11: 92 cm wide, fits the frame",
    "Bed 11 handover: rail fixed, pump charged",
    # t and a number that is no table
    "t7 is the seventh test in the file",
    "t2 wants a bigger disk, resize it tonight",
    "t3 needs a restart after the patch",
    "t4 levels are back to normal",
    "t11 laid for eight, candles lit",
    # had, of a place
    "Has table 3 had its top sanded?",
    "Has bed 8 had the mattress changed?",
    "Room 20 had her suitcase brought up.",
    "Does room 20 have their own bathroom?",
    "Room 20 had her cases in it by noon.",
    # ready to go, of a place
    "cubicle 8 is ready to go back into use",
    "Cubicle 8 is ready to go, cleaned and stocked",
    "cubicle 8 is ready for the next admission",
]

TECHNICAL = []

REWRITES = [
    ("Cheers 31, mind the step!", "31", "customer in 31"),
    ("Are you table 5?", "table 5", "the customer at table 5"),
    ("coach D seat 30, your taxi is here", "coach D seat 30", "customer in coach D seat 30"),
    ("t7 wants the card machine", "t7", "the customer at t7"),
]
