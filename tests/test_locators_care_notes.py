"""Locator pack: the reading of care, diet and condition notes
(custlint/engine/kinds/locator/care_notes.py). Ward handovers, cabin-crew lists, kitchen
tickets, care homes, ferries and event medical logs name a person by the bed, bay, seat, cabin,
room or bare code, then give, with no verb or a clipped one, the person's condition, diet,
symptom, medicine, clinical event or care need ('bed 9 fall at 0215', 'T7 nut allergy',
'12C req wchr at arrival'). Its look-alikes use the same codes and words of the place, the kit,
the booking, menus, counts, documents, staff and crew posts ('bed 6 hoist service due',
'table 7 menu: vegan', '3 halal, 2 kosher meals loaded', 'Bed 4 nurse unwell').

Every sentence here was written for these tests. Every person in FLAGGED but the 25 marked
`# before` (read already by other tests) was missed by the code before this reading (a4665d5);
every look-alike in INNOCENT was quiet before it too, so they all guard the new reading, and the
ones marked `# guard` were flagged by a first draft of it.
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches

# (text, the finding's matches)
FLAGGED = [
    ("bed 9 fell at 0215, no injury, obs stable", ["bed 9"]),  # before
    ("Bed 3 pain 8/10, oramorph given at 2100", ["Bed 3"]),  # before
    ("Bed 12 fall at 0400, head injury ruled out", ["Bed 12"]),
    ("bay 2 bed 4 NBM from midnight for theatre", ["bay 2 bed 4"]),  # before
    ("Bed 5 DNACPR in place, family aware", ["Bed 5"]),  # before
    ("bd 8 confused overnight, wandering to the nurses' station", ["bd 8"]),  # before
    ("Bed 14 diabetic, BMs four times a day", ["Bed 14 diabetic"]),  # before
    ("bed 7 needs x2 for transfers, hoist only", ["bed 7"]),
    ("Bed 10 on 2-hourly pressure care, sacrum red", ["Bed 10"]),
    ("bed 2 paracetamol at 1800, next due 2200", ["bed 2"]),
    ("Bed 6 nauseous, antiemetic given", ["Bed 6"]),  # before
    ("bed 11 vomited twice overnight, fluids up", ["bed 11"]),  # before
    ("Bed 4 low sats at 0300, on 2L now", ["Bed 4"]),
    ("cubicle 3 chest pain, ECG done", ["cubicle 3"]),
    ("Cubicle 6 syncope at triage, bloods sent", ["Cubicle 6"]),
    ("resus 1 seizure on arrival, now post-ictal", ["resus 1"]),
    ("Room 14 diabetic, no sugar on the tray", ["Room 14 diabetic"]),  # before
    ("room 22 allergic to penicillin, band on", ["room 22"]),  # before
    ("Room 9 soft diet only, thickened fluids", ["Room 9"]),
    ("room 31 fall in the ensuite at 0500, GP informed", ["room 31"]),
    ("Room 6 wandering again after supper, sensor mat on", ["Room 6"]),  # before
    ("room 17 refused meds at lunch, will retry", ["room 17"]),  # before
    ("T7 nut allergy, severe, tell the pass", ["T7"]),
    ("Table 12 coeliac, no croutons on the soup", ["Table 12"]),
    ("table 4 shellfish allergy, flag on the ticket", ["table 4"]),
    ("tbl 9 vegan x2, no butter on the bread", ["tbl 9"]),
    ("T3 gluten free, separate fryer please", ["T3"]),
    ("Table 15 dairy allergy, check the dessert", ["Table 15"]),
    ("14C halal, 14D kosher, 15A Hindu meal", ["14C", "14D", "15A"]),
    ("22B vegetarian meal, not loaded", ["22B"]),
    ("9F peanut allergy, no nut announcement made", ["9F"]),
    ("3A unwell, doctor in 9C assisting", ["3A", "doctor in 9C"]),
    ("12C req wchr at arrival", ["12C"]),
    ("31E airsick, bag and water given", ["31E"]),  # before
    ("18D fainted in the aisle, now seated with oxygen", ["18D"]),  # before
    ("Seat 4B nosebleed, ice pack given", ["Seat 4B"]),
    ("27A panic attack on descent, breathing exercises", ["27A"]),
    ("cabin 5011 seasick, bucket sent", ["cabin 5011"]),
    ("Cabin 8120 chest pain, ship's doctor called", ["Cabin 8120"]),
    ("berth 4 seasick all night, ginger given", ["berth 4"]),
    ("Bunk 12 headache and temp, paracetamol given", ["Bunk 12"]),
    ("Room 208 nut allergy, check the minibar", ["Room 208"]),
    ("tent 6 asthma attack, inhaler used, settled", ["tent 6"]),
    ("Tent 3 sprained ankle, strapped and iced", ["Tent 3"]),
    ("bay 3 all had their meds at 10", ["bay 3"]),  # before
    ("Bay B obs due at 1400", ["Bay B"]),
    ("pod 2 anaphylaxis, adrenaline given, ambulance called", ["pod 2"]),
    ("Stretcher 3 head wound, glued", ["Stretcher 3"]),
    ("chair 5 dizzy after bloods, lying flat", ["chair 5"]),  # before
    ("Chair 8 hypo, glucose gel given", ["Chair 8"]),  # before
    ("trolley 2 query fractured wrist, for x-ray", ["trolley 2"]),
    ("Cot 3 temp 38.9, calpol given", ["Cot 3"]),
    ("Bed 1 had a fall at 0230, no injury", ["Bed 1"]),  # before
    ("bed 15 nil by mouth, on IV fluids", ["bed 15"]),  # before
    ("Bed 16 for discharge, TTOs ordered", ["Bed 16"]),  # before
    ("dorm 4 homesick, phoned home", ["dorm 4"]),  # before
    ("Room 2 bedwetting, spare sheets in the cupboard", ["Room 2"]),
    ("Seat 7A wheelchair at arrival, own chair in the hold", ["Seat 7A"]),
    ("Cabin 2216 diabetic, insulin kept at reception", ["Cabin 2216 diabetic"]),  # before
    ("room 5 dementia, door sensor on", ["room 5"]),
    ("Room 12 vegan, Room 14 coeliac, both at second sitting", ["Room 12 vegan", "Room 14"]),
    ("cubicle 4 migraine, lights dimmed", ["cubicle 4"]),
    ("Seat 2C UMNR, handover to ground staff", ["Seat 2C"]),
    ("24K VGML, 24J KSML", ["24K", "24J"]),
    ("Bed 8 on oramorph PRN, last dose 1400", ["Bed 8"]),
    ("bay 4 bed 2 needs hoist for all transfers", ["bay 4 bed 2"]),  # before
    ("Bed 3 hoist only, x2 staff", ["Bed 3"]),
    ("cabin 9021 query broken wrist, for x-ray in port", ["cabin 9021"]),
    ("Room 31 epileptic, seizure plan in the folder", ["Room 31"]),  # before
    ("Table 8 lactose intolerant, oat milk with the coffees", ["Table 8"]),
    ("Chalet 6 asthmatic, inhaler spare at reception", ["Chalet 6"]),  # before
    ("Caravan 12 diabetic hypo, glucose given", ["Caravan 12"]),
]

INNOCENT = [
    "bed 11 broken, estates called",
    "bed 4 deep clean after C diff",
    "bay B closed to admissions, norovirus",
    "16C tray table broken",
    "T7 wobbly, wedge it",
    "room 14 allergy-friendly bedding",
    "room 14 allergy friendly pillows",
    "cabin 5011 stabilisers noisy",
    "bed 6 hoist service due",
    "bed 6 hoist",
    "bed 6 hoist in the sluice",
    "seat 12C blocked for crew rest",
    "table 7 menu: vegan, gluten-free",
    "Table 7 vegan options",
    "table 7 vegan menu printed",
    "3 halal, 2 kosher meals loaded",
    "12 vegan, 4 halal, 80 standard",
    "Box 4 allergies, box 5 medication",
    "row 12 nut allergy announcement",
    "bed 4 fall sensor alarming",
    "Bed 4 fall sensor broken",
    "Bed 4 allergy band missing",
    "Bed 4 DNACPR form missing",
    "bed 4 pressure mattress pump beeping",
    "Bed 4 pressure care mattress on order",
    "Bay B obs machine due for calibration",
    "Bay B obs machine",
    "room 4 temp 19 degrees, heating on",
    "Room 9 temp too high, window open",
    "Cabin 3020 temperature low, engineer called",
    "Room 9 paracetamol in the drawer",
    "Room 9 paracetamol on the bedside table",
    "bed 2 paracetamol stock low",
    "Bay 3 oxygen cylinder empty",
    "Bed 4 oxygen point faulty",
    "chair 5 broken arm",
    "Chair 4 broken leg, do not use",
    "Table 6 cigarette burn on the top",
    "Table 6 allergy ticket printed",
    "T4 vegan burger",
    "T4 halal chicken",
    "T7 gluten free bun",
    "Table 9 diet coke",
    "Table 9 diet coke, no ice",
    "Room 412 vegan breakfast tray left outside",
    "Bed 4 nurse unwell, agency cover",
    "Bay 2 nurse off sick",
    "Room 12 cleaner unwell, rota changed",
    "Nurse 3 unwell, gone home",
    "Unit 4 fall call, on scene",
    "Car 3 unwell crew, off the road",
    "Team 3 nauseous after the boat trip",
    "Page 12 allergies",
    "Section 3 diabetes",
    "Form 4 allergy box ticked",
    "Flight 212 nut allergy on board, no nuts served",
    "Account 4471 insulin pump order shipped",
    "Order 5512 insulin delivery delayed",
    "Ticket 330 wheelchair hire",
    "Locker 12 inhaler left behind",
    "Bed 3 wheelchair, bed 4 commode",
    "Bed 3 commode in the bathroom",
    "Tent 4 pegs missing",
    "Room 22 flooded, guests moved",
    "Bed 5 linen change",
    "Bed 5 linen change after incontinence",
    "Cabin 8120 sick bags restocked",
    "Seat 4B life vest missing",
    "Seat 4B headrest cover stained",
    "seat 27A blanket and pillow",
    "Cubicle 3 curtains torn",
    "Cubicle 3 ECG machine faulty",
    "Resus 1 defib checked",
    "Resus 1 crash trolley checked",
    "Pod 2 drugs fridge temp 9",  # guard
    "Trolley 2 brakes sticking",
    "Stretcher 3 wheel loose",
    "Cot 3 mattress cover split",
    "Bed 19 catheter bags restocked",
    "room 5 dementia-friendly signage",
    "Room 5 dementia clock fitted",
    "Room 6 sensor mat cable frayed",
    "Table 12 gluten-free bread basket",
    "tbl 9 vegan butter run out",
    "Room 208 nut allergy kit in the safe",
    "Room 208 minibar nut-free",  # guard
    "22B meal trolley jammed",
    "22B meals x3",
    "14C halal meals x2",
    "Cabin 7044 mobility scooter charging",
    "Cabin 7044 scooter charger broken",
    "bed 2 hoist sling in the laundry",
    "Bed 7 walking frame in the corridor",
    "Bed 7 zimmer frame broken",
    "bay 3 meds trolley locked",
    "Bay 3 meds round at 10",
    "Bay 3 drug round late",
    "bay 3 pain relief trolley",
    "Bed 4 pain team referral letter",
    "Room 3 wound care kit delivered",
    "room 17 medication cabinet jammed",
    "Room 2 spare sheets in the cupboard",
    "Dorm 4 heating broken",
    "berth 4 porthole leaking",
    "Bunk 12 ladder loose",
    "Room 9 soft furnishings cleaned",
    "Bed 10 pressure area audit done",
    "T3 gluten free fryer cleaned",
    "Table 15 dairy delivery late",
    "Room 14 sugar bowl empty",
    "pod 2 adrenaline restocked",
    "Bed 14 BMs machine missing",
    "Seat 7A wheelchair space, no seat fitted",
    "Flat 6 damp, mould in the bathroom",
    "Suite 4 anniversary flowers delivered",
    "Bed 12 fall alarm test passed",
    "Room 31 fall detector battery low",
    "Gate 14 wheelchair assistance desk closed",
    "Platform 3 first aid kit missing",
    "Table 4 first aid box empty",
    "Room 101 seasickness bands for sale in the shop",
    "Cabin 5011 bucket and mop needed",
    "Room 6 hoist track installed",
    "Room 6 ceiling hoist",
    "Bed 6 x2 pillows",
    "bed 4 allergy board updated",
    "Ward 3 norovirus, closed",
    "Ward 3 flu outbreak",
    "Bay 2 norovirus",
    "Room 4 mrsa clean needed",
    "Chapter 12 diabetes",
    "Lane 4 pool temp 27",
    "Pitch 3 injury time",
    "Table 5 fall in sales this quarter",  # guard
    "Table 5 migraine statistics",
    "Figure 3 pain scores",
    "Table 3 allergy data",
    "Room 2 seminar on epilepsy",
    "Room 4 first aid training",
    "Room 8 dementia cafe at 2",
    "Room 8 diabetes clinic, 9 till 12",
    "Bay 7 fracture clinic",
    "Room 12 asthma review clinic",
]


@pytest.mark.parametrize(("text", "matches"), FLAGGED)
def test_care_note_flagged(text: str, matches: list[str]) -> None:
    assert locator_matches(text) == matches


@pytest.mark.parametrize("text", INNOCENT)
def test_care_note_innocent(text: str) -> None:
    assert locator_matches(text) == []
