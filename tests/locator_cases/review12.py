"""Review of the round-12 locator readings: look-alikes that the merged rounds began to flag
(or had flagged before), with the positives the fixes keep.

- a code after an opener of talk that is the subject of its clause is talked about, not
  spoken to: 'Okay, 3C, 3D and 3E are the seats we've held for your family';
- what hangs framed, from something, on a wall, above or in a place is a thing on show:
  'Bib 1 hangs framed in the clubhouse'; a person hangs up, on, out or around;
- after an opener, a number (or a list) is talked about when a verb follows it, or when
  the clause after its comma names it again ('Morning, 14C is the seat you asked for',
  'Sorry, 3312, that is the order number you gave me', 'ok 3C, the seat you wanted is gone');
- a plural verb with a place's state is the writer's plural ('Court 3 are closed');
- a record 'says' a status in one word ('ticket 44 in the queue says closed');
- 'the one who' beside a number that someone did something to describes the doer ('the
  one who booked 412 — the one who rang — left no number').

The look-alikes after the first group were written to probe the readings of round 12
(openers of talk, 'the one who', titles, 'ready', waiting places, 'free', 'having words',
a phrase of place before the verb, 'on the floor', 'take', courts, chat lines, bibs,
lettered boxes and bays, airline designators, plural verbs); the ones the merged code
flagged are in the first groups, the rest keep the readings from widening.

Every sentence here was written for these tests.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    ("Okay, 3C, your family is seated behind you.", "3C"),
    ("room 4 hung up on me twice", "room 4"),
    ("table 6 hanging around the bar again, can someone close them out", "table 6"),
    ("Hi table 5 are you ready to order?", "table 5"),
    ("Court 8 are asking whether they can extend to two hours", "Court 8"),
    ("bay F are all asleep, dim the lights", "bay F"),
    ("table 6 says paid", "table 6"),
]

INNOCENT = [
    # a code list that is the subject after an opener of talk
    "Okay, 3C, 3D and 3E are the seats we've held for your family.",
    # hung as a thing
    "Bib 1 hangs framed in the clubhouse",
    "Ticket 0001 hangs framed above the box office",
    # talked about after an opener
    "Okay, 4471, 4472 and 4473 have all been refunded to your card.",
    "Sorry, 12A and 12B are taken, but your partner can sit in row 14.",
    "Morning, 14C is the seat you asked for, by the window.",
    "Sorry, 3312, that is the order number you gave me, isn't it?",
    "ok 3C, the seat you wanted is gone, sorry",
    # a place's state with a plural verb, a record's status, the doer of 'the one who'
    "Court 3 are closed until the frost lifts.",
    "Court 3 are free from 6",
    "ticket 44 in the queue says closed",
    "the one who booked 412 — the one who rang — left no number",
    # look-alikes of the round-12 readings that stayed quiet
    "ok 55120, it shows your refund went out on Monday.",
    "fyi 4410 is closed, the customer was refunded yesterday",
    "btw 12 is on the top floor, next to the lift",
    "Our room 412 — the one with the sea view — was perfect.",
    "Every theatre has a G12, the one that always has the pillar in the way.",
    "Room 5 is the CEO's suite on the top floor.",
    "Account 4410 is the founder's old business account.",
    "Ticket 2201 is the president's invitation, keep it safe.",
    "Room 8 is the principal bedroom of the villa.",
    "order 4410 ready to collect from the front desk",
    "table 6 ready, cutlery and glasses on",
    "invoice 7720 ready to send",
    "order 3301 at reception for collection",
    "parcel for 3301 at desk, paid in full",
    "order 88 in the queue since Monday, nobody picked it",
    "room 7 is gluten free, room 4 is pet free",
    "page 12 had words crossed out",
    "the sign over booth 4 had words missing",
    "seat 9 in row D is broken again",
    "room 12 on the second floor is being painted",
    "table 3 by the window was booked for two",
    "chair 3 is ready for the next patient",
    "bed 5 is ready for cleaning",
    "tray 4 is on the floor, someone kicked it",
    "box 6 is on the floor by the stage",
    "Does bay 4 take a trailer?",
    "Does locker 12 take coins?",
    "court 3 is closed for resurfacing",
    "chat 5 transcript sent to billing",
    "bib 44 was found in the car park",
    "box C is the best in the house",
    "bay D is reserved for deliveries",
    "EZY 402 is on time, gate 12",
    "BA 212 lands at 14:05",
    "Court 3 were resurfaced in June.",
    "table 5 are booked for the whole evening",
    "Rooms 4 and 5 are being repainted this week.",
    "Morning, 4471 is the reference on your invoice.",
    "Sorry, 12C, that seat is being repaired, I'll move you.",
    "Hi 3312, the order you placed yesterday has shipped.",
    "fyi 8841 was merged into 8840 this morning",
    "btw 2210 is the old PIN, the new one came by post",
    "Every office has a 12B — the one that never gets cleaned.",
    "a 4B — the one whose blind sticks — needs a look",
    "Ticket 4410 is the CEO's personal booking.",
    "Room 12 is the president's suite this weekend.",
    "Account 5510 is for the headteacher's expenses.",
    "table 6 ready to clear",
    "order 7720 ready to order from the supplier again",
    "bed 3 ready for cleaning and new linen",
    "parcel 4410 at reception, ready to collect",
    "order 5521 at desk, paid and bagged",
    "ticket 12 in the support queue waiting since Friday",
    "van 3 in the queue says it'll be ten minutes",
    "the sign on door 4 had words rubbed off",
    "page 7 had words in bold",
    "form 12 had words crossed through",
    "seat 14 in row K was reupholstered last week",
    "table 7 by the bar has been wobbling all night",
    "room 31 on the top floor has been leaking since Monday",
    "locker 12 near the showers keeps jamming",
    "chair 3 is clean and ready",
    "bed 6 is on the floor above the gym",
    "the mattress from bed 6 is on the floor",
    "Does tent 4 take a double airbed?",
    "Does stall 7 take cards?",
    "court 3 heard the appeal at ten",
    "chat 9 closed at 5pm with no reply",
    "bib 300 to 350 are in the blue box",
    "box C sold out within minutes",
    "bay B was cleaned after the spill",
    "the EZY 402 was diverted to Bristol",
    "BA 212 pushed back ten minutes late",
    "Court 3 were relined this summer",
    "Okay, 14A and 14B are the only seats left together.",
    "Sorry, 204 and 206 are both booked that night.",
    "Morning, table 4 is set for your party of six.",
    "ok 7721, that's the booking reference, not the ticket number",
    "Hey 12, the room you asked for is being cleaned.",
    "Thanks, 4410 was the number I needed.",
    "btw 4410 has been closed",
    "fyi 12 and 14 have been swapped on the seating plan",
    "Seat 4 is the CEO's usual seat at the board table.",
    "Box 3 is for the mayor and his guests.",
    "Order 55 is for the headteacher.",
    "ticket 12 ready to print",
    "booking 4410 ready for review",
    "bed 7 ready for the porter",
    "order 3301 in the queue for despatch",
    "order 8821 at the counter for collection, paid",
    "case 5510 at reception, signed for by Tom",
    "7 is gluten free pasta, 4 is the plain",
    "room 5 has words on the mirror in lipstick",
    "table 2 had words scratched into it",
    "seat 41 on the plan is shown in red",
    "table 7 by the window is set for two",
    "box 3 inside the door holds the spare keys",
    "room 9 is ready but the key card is not",
    "chair 4 is on the floor in pieces",
    "Does booth 4 take coins?",
    "Does room 9 take a travel cot?",
    "court 2 is wet, use court 4",
    "chat 12 is busy, use chat 13",
    "bib 77 hangs on the wall of the club bar",
    "the programme for box B is on the table",
    "bay C has a flat tyre",
    "BA 2490 was retimed to 14:30",
    "the FR 812 boarded late",
    "lanes 4 and 5 are closed for the gala",
    "table 9 are booked from 8",
]

TECHNICAL = []
