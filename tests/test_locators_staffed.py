"""Locator pack: the reading of a customer called by the staffed room or post they are in
(custlint/engine/kinds/locator/staffed_customers.py). Dentists, vets, clinics, salons and spas
name the customer by the surgery, consult, clinic, station, basin, dryer or couch they are in,
and the reading takes the number when what is wanted or asked is plainly the customer's: a
service done to their own teeth, hair, body, pet or visit ('wants his crown redone', 'wants
her cat back'), taking a pet home, asking whether they can have gas or pay, or whether we do
eyebrows, or a refusal told to them about a customer's terms. Its look-alikes are the staff in
those rooms and their work ('Surgery 2 wants her nurse back', 'Station 4 wants her colour
mixed'), the rooms as places and things ('Surgery 3 is free after three', 'Basin 1 is
blocked'), messages between staff, and another person named in the sentence.

Every sentence here was written for these tests. Every person in FLAGGED but the 8 marked
`# before` (a basin's, a dryer's or a couch's, read already by `_wants_their_own`) was missed
by the code before this reading (7d74dd3); every look-alike in INNOCENT was quiet before it
too, so they all guard the new reading, and the one marked `# guard` was flagged by a first
draft of it.
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches

# (text, the finding's match)
FLAGGED = [
    ("Surgery 4 wants his wisdom tooth out before he flies on Friday.", "Surgery 4"),
    ("Surgery 1 wants her teeth whitened for the wedding.", "Surgery 1"),
    ("Surgery 6 wants his denture adjusted, it rubs when he eats.", "Surgery 6"),
    ("Surgery 3 wants her veneers polished while she's in.", "Surgery 3"),
    ("surgery 2 wants his filling replaced, the old one's cracked", "surgery 2"),
    ("Surgery 5 wants her braces tightened before the holidays.", "Surgery 5"),
    ("Surgery 7 is asking whether he can have sedation for the extraction.", "Surgery 7"),
    ("Surgery 2 keeps asking if she can get a discount for paying upfront.", "Surgery 2"),
    ("Surgery 8 wants to cancel her filling and pay for today only.", "Surgery 8"),
    ("Surgery 3 wants to know if he can pay in instalments.", "Surgery 3"),
    ("Surgery 4 is asking if we take cash.", "Surgery 4"),
    ("Surgery 1 wants to rebook his crown for after Easter.", "Surgery 1"),
    (
        "Surgery 6 wants a scale and polish too, told him we can't squeeze that in"
        " without a booking.",
        "Surgery 6",
    ),
    ("Surgery 2 wants to pay by card on the way out.", "Surgery 2"),
    ("Consult 2 wants to take the dog home tonight rather than leave him in.", "Consult 2"),
    ("Consult 4 wants her kitten microchipped while she's here.", "Consult 4"),
    ("Consult 1 wants his puppy vaccinated today as well.", "Consult 1"),
    ("Consult 3 wants their rabbit neutered next week.", "Consult 3"),
    ("Consult 5 wants her cat back now, she won't wait for the bloods.", "Consult 5"),
    ("consult 2 wants to bring the puppy home before the kids get back", "consult 2"),
    ("Consult 6 is asking whether she can have a referral to the specialist.", "Consult 6"),
    (
        "Consult 1 wants us to board the dog for nothing, told her we can't board animals"
        " without a booking.",
        "Consult 1",
    ),
    ("Consult 3 wants his dog groomed while it's under.", "Consult 3"),
    (
        "Consult 2 is asking if we take insurance, told him we don't take cards over the phone.",
        "Consult 2",
    ),
    ("Consult 4 wants to collect the tortoise and take it home this afternoon.", "Consult 4"),
    ("Consult 7 wants her dog's nails clipped too.", "Consult 7"),
    ("Clinic 3 wants her appointment moved to the morning.", "Clinic 3"),
    ("Clinic 2 is asking whether he can have the injection on the other arm.", "Clinic 2"),
    ("Clinic 1 wants to pay now and claim it back from his insurer.", "Clinic 1"),
    ("Clinic 4 wants his glasses adjusted, they slip down his nose.", "Clinic 4"),
    ("Clinic 5 wants her lenses replaced under the guarantee.", "Clinic 5"),
    (
        "Clinic 2 wants his frames fixed, told him we can't do it free without the receipt.",
        "Clinic 2",
    ),
    ("Station 4 wants her fringe trimmed shorter.", "Station 4"),
    ("Station 2 wants his beard shaped before the interview.", "Station 2"),
    ("Station 6 wants her roots done in a lighter shade.", "Station 6"),
    ("Station 3 wants her highlights redone, says they've gone brassy.", "Station 3"),
    ("Station 1 is asking if she can have a trim after the colour.", "Station 1"),
    ("Station 5 is asking whether we do eyebrows.", "Station 5"),
    ("Station 7 wants her nails painted to match the dress.", "Station 7"),
    ("Station 2 wants his fade redone, told him we don't do free redos after a week.", "Station 2"),
    ("station 8 wants her extensions removed", "station 8"),
    ("Station 3 wants to pay with a voucher.", "Station 3"),
    ("Station 4 wants her colour redone, it came out too dark.", "Station 4"),
    ("Station 6 is asking if we accept vouchers.", "Station 6"),
    ("Basin 2 wants her hair washed twice.", "Basin 2"),  # before
    ("Basin 3 is asking whether she can have a trim as well.", "Basin 3"),
    ("Basin 1 wants his hair rinsed again, there's still dye in it.", "Basin 1"),  # before
    ("Basin 4 is asking if we do head massages.", "Basin 4"),
    ("Dryer 2 wants her curls redone, they've dropped already.", "Dryer 2"),  # before
    ("Dryer 3 is asking if she can pay before she's finished.", "Dryer 3"),
    ("Couch 1 wants her shoulders massaged a bit longer.", "Couch 1"),  # before
    ("Couch 3 wants his neck treated instead of the shoulder.", "Couch 3"),  # before
    ("Couch 2 wants her brows threaded after the facial.", "Couch 2"),  # before
    ("Couch 4 is asking whether she can have a refund on the peel.", "Couch 4"),
    ("Couch 2 wants her lashes tinted while she's lying down.", "Couch 2"),  # before
    ("Practice 2 wants his prescription glasses fitted today.", "Practice 2"),
    ("Theatre 3 is asking whether she can have gas before the cannula goes in.", "Theatre 3"),
    ("Surgery 5 wants his gums cleaned, they've been bleeding.", "Surgery 5"),
    ("Surgery 9 wants her implant fixed, it feels loose.", "Surgery 9"),
    ("Consult 8 wants his cat wormed and vaccinated in one go.", "Consult 8"),
    ("Station 9 wants her ends trimmed, nothing off the length.", "Station 9"),
    ("Surgery 3 is asking if she can get a lollipop for her little boy.", "Surgery 3"),
    ("Consult 5 keeps asking if he can pay by card at the desk.", "Consult 5"),
    ("Clinic 6 wants her glasses adjusted and her eyes tested.", "Clinic 6"),
    ("Basin 5 wants her hair conditioned and then washed again.", "Basin 5"),  # before
    ("Surgery 2 wants to move her crown to next week.", "Surgery 2"),
    ("Station 2 wants to reschedule her colour for Saturday.", "Station 2"),
]

INNOCENT = [
    "Surgery 2 wants her nurse back from lunch.",
    "Surgery 4 wants his notes sent over from the other branch.",
    "Surgery 1 wants the X-ray results before the next patient.",
    "Surgery 3 is free after three.",
    "Surgery 5 wants her instruments sterilised before two.",
    "Surgery 6 wants his crown ready by Thursday.",
    "Surgery 2 wants her X-rays pulled up on the screen.",
    "Surgery 3 wants the hygienist to polish her teeth first.",
    "Surgery 4 wants you to take her tooth out, he's running late.",
    "Surgery 1 wants her crown done by the lab in Leeds.",
    "Surgery 7 is asking if she can have the afternoon off.",
    "Surgery 2 is asking whether she can get a locum for Friday.",
    "Surgery 8 wants the next patient sent through.",
    "Surgery 2 needs more gloves.",
    "Surgery 4's light has gone again.",
    "The drill in surgery 3 is making a grinding noise.",
    "Surgery 6 wants to know if the crown has come back from the lab.",
    "Surgery 1 wants to know if her crown is ready.",
    "Surgery 5 wants the impression trays restocked.",
    "Surgery 3 wants to redo the filling on the lower left.",
    "Surgery 2 wants her lunch brought in, she's double booked.",
    "Surgery 9 wants her appointment book updated.",
    "Surgery 4 wants to pay the lab invoice today.",
    "Surgery 2 is asking if we do staff discounts at the pharmacy.",  # guard
    "Surgery 3 told her we can't find the impression.",
    "Surgery 6 wants his chair fixed, told him we can't get an engineer till Monday.",
    "Surgery 1 is closed for deep cleaning on Friday.",
    "Surgery 2 has no suction this morning.",
    "Surgery 7 wants a second opinion on the X-ray.",
    "Surgery 3 wants her shift swapped with Surgery 5.",
    "Consult 1 is asking for the X-ray results.",
    "Consult 1's light has gone.",
    "Consult 2 wants her nurse to hold the dog.",
    "Consult 3 wants the dog taken through to X-ray.",
    "Consult 4 wants the cat's bloods sent to the lab.",
    "Consult 2 wants more muzzles.",
    "Consult 5 is free until half two.",
    "Consult 1 wants his stethoscope back.",
    "Consult 3 is asking if she can have Saturday off.",
    "Consult 2 wants to keep the dog in overnight for fluids.",
    "Consult 6 wants the next appointment brought forward.",
    "Consult 4 wants to take the X-rays home to look at them.",
    "Consult 1 needs the scales recalibrated.",
    "Consult 3 wants the kennel cleaned before the next cat goes in.",
    "Consult 2 wants her scrubs washed.",
    "Consult 7 wants to know if the lab has sent the results.",
    "Consult 2 is asking whether we do the rabies titre in house.",
    "Consult 5 wants her cat's notes printed for the referral.",
    "Consult 3 told her we can't spare a nurse till four.",
    "Clinic 3 runs on Tuesdays and Thursdays.",
    "Clinic 2 wants its autoclave serviced.",
    "Clinic 1 wants the diary cleared for the training day.",
    "Clinic 4 is asking if she can have an extra admin hour.",
    "Clinic 5 wants her rota changed.",
    "Clinic 2 wants the lens trays restocked.",
    "Clinic 6 has moved to the ground floor.",
    "Clinic 3 wants the frames catalogue by Monday.",
    "Clinic 1 wants her locum paid before the weekend.",
    "Clinic 4 wants his glasses, he left them in the staff room.",
    "Station 4 wants more foils.",
    "Station 4 wants her foils redone.",
    "Station 1 wants her colour mixed.",
    "Station 2 wants her scissors sharpened.",
    "Station 3 wants her client's colour mixed before the cut.",
    "Station 5 is free at eleven.",
    "Station 6 wants the next client brought over.",
    "Station 3 needs a new hairdryer.",
    "Station 7 wants her towels folded.",
    "Station 1 is asking if she can have a longer lunch.",
    "Station 4 wants her junior to do the blow-dry.",
    "Station 8 wants her tips redone for the competition.",
    "Station 2 wants the booking system fixed.",
    "The stylist at station 3 has been here ten years.",
    "Station 4 wants to know if the toner order has arrived.",
    "Station 6 is asking if we do the tax return through the salon.",
    "Station 3 wants his clippers oiled.",
    "Station 5 wants Mrs Khan's roots done first.",
    "Station 1 told her we can't cover her shift on Saturday.",
    "Fire station 4 wants the hydrant checked.",
    "Station 2 is the busiest stop on the line.",
    "Police station 3 wants the CCTV footage.",
    "Station 9 wants the rota sent over.",
    "Station 4 wants her gloves restocked.",
    "Basin 2 has no hot water.",
    "Basin 3 needs a new spray head.",
    "Basin 1 is blocked again.",
    "Basin 4 wants the towels restocked.",
    "Basin 2 is leaking onto the floor.",
    "Dryer 3 needs a new filter.",
    "Dryer 1 is too hot, turn it down.",
    "Dryer 2 wants a new fuse.",
    "Couch 1 needs fresh paper roll.",
    "Couch 3 wants a new cover.",
    "Couch 2 is broken, the lever sticks.",
    "Couch 4 is booked all afternoon.",
    "Lab 2 wants the samples by four.",
    "Lab 3 is asking if she can have a new centrifuge.",
    "Lab 1 wants his results checked again.",
    "Theatre 2 wants the next patient prepped.",
    "Theatre 4 is asking whether she can have another scrub nurse.",
    "Theatre 1 wants her list changed.",
    "Practice 3 wants the invoices paid by Friday.",
    "Practice 2 is asking if we do the training in house.",
    "Surgery 2 wants the patient in 4 to have her filling redone.",
    "Surgery 1 wants her patient's crown re-cemented.",
    "Surgery 5 wants the dentist to check his filling.",
    "Surgery 3 wants her 3 o'clock moved.",
    "Surgery 4 wants her nurse's hours changed.",
    "Surgery 6 wants her room back after the meeting.",
    "Consult 2 wants the tortoise weighed before surgery.",
    "Consult 4 wants his coffee.",
    "Station 2 wants her coffee.",
    "Surgery 3 wants the crown prep tray out.",
    "Surgery 8 is closed, use surgery 2 instead.",
    "Surgery 2 won't be needed this afternoon.",
    "Tell Surgery 4 the lab courier is here.",
    "Surgery 7 called about the autoclave.",
    "Surgery 3 wants to know how the patient in 1 is doing.",
    "Surgery 5 wants the gas cylinder changed.",
    "Consult 3 wants the gas scavenger checked.",
    "Surgery 1 is asking whether she can have the new suction unit.",
    "Surgery 4 wants to take the model home to finish it.",
    "Consult 1 wants to take the scanner home for the weekend.",
    "Station 3 wants to take the spare dryer home.",
]


@pytest.mark.parametrize(("text", "match"), FLAGGED)
def test_staffed_customer_is_flagged(text, match):
    assert locator_matches(text) == [match]


@pytest.mark.parametrize("text", INNOCENT)
def test_staffed_look_alike_is_quiet(text):
    assert locator_matches(text) == []
