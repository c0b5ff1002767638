"""Locator pack: the reading of what customers do, said of the number as the subject
(custlint/engine/kinds/locator/customer_acts.py). Staff name a customer by the number and say
what they got up to: smuggled, gatecrashed or haggled; fed the ducks, played the bagpipes,
started a conga, kept hitting balls, left a note, opened tickets, tipped the porter, filmed
the whole thing, returned the hired car, got on without tapping. Its look-alikes use the
same verbs of places, machines, vehicles, records and staff (a screen plays a trailer, a
camera films, a feeder feeds the fish, a lorry tips its load, an order comes back
undelivered, a desk leaves a note for the next shift), or the passive.

Every sentence here was written for these tests. Every person in FLAGGED but the 19 marked
`# before` (read already by `human_verbs`) was missed by the code before this reading
(b7407a3); every look-alike in INNOCENT was quiet before it too, so they all guard the new
reading, and the ones marked `# guard` were flagged by a first draft of it.
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches

# (text, the finding's match)
FLAGGED = [
    ("Seat 31C smuggled a bottle of gin onto the plane.", "Seat 31C"),
    ("12A had smuggled in a puppy under her coat.", "12A"),
    ("Room 508 tried to smuggle a cat past the night porter.", "Room 508"),  # before
    ("Room 508 smuggled a cat past the night porter.", "Room 508"),
    ("Cabin 2214 gatecrashed the captain's dinner.", "Cabin 2214"),
    ("Table 19 haggled over the corkage for ten minutes.", "Table 19"),  # before
    ("Bed 7 keeps sneaking out for a cigarette.", "Bed 7"),  # before
    ("Pitch 40 has been feeding the seagulls chips all afternoon.", "Pitch 40"),
    ("Plot 12 keeps feeding the foxes.", "Plot 12"),
    ("Chalet 9 fed the goats through the fence.", "Chalet 9"),
    ("Tent 3 was feeding the swans bread by the lake.", "Tent 3"),
    ("Table 6 played the spoons through the whole set.", "Table 6"),
    ("Room 214 has been playing the bagpipes since seven.", "Room 214"),
    ("22F played the ukulele for the whole flight.", "22F"),
    ("Cabin 8 keeps playing the trumpet on the balcony.", "Cabin 8"),
    ("Table 11 started a conga round the bar.", "Table 11"),
    ("Table 3 has started a petition about the music.", "Table 3"),
    ("Row 14 started a singalong during the delay.", "Row 14"),
    ("Room 12 started a fight in the lobby.", "Room 12"),
    ("Bay 4 keeps hitting balls into the roof netting.", "Bay 4"),
    ("Lane 6 threw the ball into the next lane twice.", "Lane 6"),
    ("Pitch 3 kicked the ball into the pond.", "Pitch 3"),  # before
    ("Bay 12 has been hitting balls at the ball picker.", "Bay 12"),
    ("Room 403 left a note for housekeeping on the pillow.", "Room 403"),  # before
    ("Table 9 left a very sweet note for the kitchen.", "Table 9"),  # before
    ("Bed 2 left a note for the night nurse.", "Bed 2"),  # before
    ("Account 77310 keeps opening tickets about the same invoice.", "Account 77310"),
    ("Member 4471 has raised three complaints this week.", "Member 4471"),
    ("Order 55102 opened a dispute with their bank.", "Order 55102"),
    ("Booking 8830 raised a complaint about the noise.", "Booking 8830"),
    ("Workspace 209 opened six tickets overnight.", "Workspace 209"),
    ("Room 1212 tipped the porter twenty quid.", "Room 1212"),  # before
    ("Table 4 tipped the waiter fifty dollars.", "Table 4"),  # before
    ("Villa 3 tipped the butler a fiver.", "Villa 3"),  # before
    ("17C filmed the whole argument.", "17C"),
    ("Seat 9B filmed the crew on his phone.", "Seat 9B"),  # before
    ("Table 14 filmed the proposal.", "Table 14"),
    ("Room 306 filmed the leak and posted it online.", "Room 306"),
    ("Bed 11 filmed the nurses.", "Bed 11"),
    ("Contract 44812 returned the van with a flat tyre.", "Contract 44812"),
    ("Rental 5520 returned the skis a day late.", "Rental 5520"),
    ("Booking 3319 came back with only one paddle.", "Booking 3319"),
    ("Membership 7701 returned the books three weeks late.", "Membership 7701"),
    ("Rental 7714 came back at six with a broken helmet.", "Rental 7714"),
    ("Agreement 3310 returned the keys to the wrong branch.", "Agreement 3310"),
    ("Ticket 88102 got on at the pier without paying.", "Ticket 88102"),
    ("Wristband 4410 went through the barrier without scanning.", "Wristband 4410"),
    ("Table 2 sat down without booking.", "Table 2"),  # before
    ("Room 22 walked in without knocking.", "Room 22"),  # before
    ("Yurt 6 has been feeding the deer again.", "Yurt 6"),
    ("Igloo 4 played the harmonica until two.", "Igloo 4"),
    ("Pod 7 started a sweepstake on the match.", "Pod 7"),
    ("Hammock 9 tipped the bar staff a tenner.", "Hammock 9"),
    ("Sunbed 14 keeps sneaking into the adults-only pool.", "Sunbed 14"),  # before
    ("Bunk 6 haggled for a discount on the tour.", "Bunk 6"),  # before
    ("Caravan 12 has been feeding the ponies carrots.", "Caravan 12"),
    ("Lodge 5 left a note on the reception desk.", "Lodge 5"),  # before
    ("Suite 2 played the piano in the lounge.", "Suite 2"),
    ("Cubicle 8 kicked the ball across the ward.", "Cubicle 8"),  # before
    ("Row F seat 3 filmed the whole landing.", "Row F seat 3"),
    ("Table 7 started a chant for the birthday girl.", "Table 7"),
    ("Room 118 had smuggled a kettle into the room.", "Room 118"),
    ("Table 20 sneaked out without paying.", "Table 20"),  # before
    ("Room 17 jaywalked across the drive.", "Room 17"),
    ("Account 3302 opened a chargeback with the card issuer.", "Account 3302"),
    ("Spot 4 has been sunbathing on the jetty.", "Spot 4"),
    ("Rental 208 brought back the kayak with a crack in it.", "Rental 208"),
    ("Smartcard 00931 hopped on at the terminus without tapping.", "Smartcard 00931"),
    ("Bunk 12 smuggled a bottle of rum onto the boat.", "Bunk 12"),
    ("Seat 40 walked in without queuing.", "Seat 40"),  # before
]

INNOCENT = [
    "Screen 4 played the trailer twice.",
    "Table 8 started wobbling.",
    "Ticket 4410 returned an error.",
    "Court 3 hosted the final.",
    "Bus 14 picked up two passengers.",
    "Pump 4 keeps cutting out.",
    "Till 2 printed a receipt.",
    "Bay 9 was hit by a ball.",
    "Desk 4 booked the meeting room for the team.",
    "Flight 212 filmed for a documentary.",
    "Studio 2 is filming.",
    "Order 5512 came back undelivered.",
    "Contract 88 returned to the template.",
    "Screen 3 played the advert on a loop.",
    "Speaker 2 played the bagpipes all afternoon.",
    "Jukebox 1 played the same song four times.",
    "Radio 4 played the whole album.",
    "Room 9 played host to the band.",
    "Court 2 played host to the semi-final.",
    "Stadium 3 played the anthem.",
    "Camera 2 filmed the whole thing.",
    "Camera 6 filmed the car park all night.",
    "Drone 4 filmed the regatta.",
    "Studio 5 filmed the pilot episode.",
    "Flight 88 filmed the eclipse from the cockpit.",
    "Crew 4 filmed the interview.",
    "Unit 6 filmed the arrest.",
    "Feeder 3 feeds the fish every two hours.",
    "Pump 4 feeds the header tank.",
    "Line 2 feeds the printer.",
    "Tank 5 feeds the ducks' pond.",
    "Hopper 2 feeds the mill.",
    "Machine 3 feeds the goats at noon.",
    "Keeper 3 fed the penguins.",  # guard
    "Zookeeper 4 feeds the monkeys.",  # guard
    "Machine 4 keeps hitting balls at the wall.",
    "Bowler 2 threw the ball.",
    "Cannon 3 throws balls to the batters.",
    "Trolley 4 hit the ball return.",
    "Court 3 hit the headlines.",
    "Table 8 started rocking.",
    "Pump 4 started a new cycle.",
    "Room 9 started leaking.",
    "Table 5 started the evening at eight.",
    "Bay 3 started a fire when the charger shorted.",
    "Till 2 started a new roll.",
    "Machine 6 started a wash.",
    "Kiosk 2 started a session.",
    "Flight 14 started its descent.",
    "Line 4 started a fight with the router.",
    "Storm 4 left a mess.",
    "Printer 2 left a note in the tray.",
    "Bus 14 left the depot at six.",
    "Flight 212 left the gate late.",
    "Ticket 4410 opened a new ticket with the vendor.",
    "Case 8812 raised a ticket with the carrier.",
    "Incident 55 opened a ticket automatically.",
    "Job 3 opened a complaint record.",
    "Door 4 opened.",
    "Gate 12 opened early.",
    "Account 2201 opened in 2019.",
    "Ticket 5521 was opened by the agent.",
    "Complaint 4410 raised a question for legal.",
    "Truck 4 tipped its load on the verge.",
    "Lorry 2 tipped the gravel onto the drive.",
    "Skip 6 tipped over in the wind.",
    "Bin 3 tipped the rubbish onto the pavement.",
    "Trailer 8 tipped fifty tonnes of sand.",
    "Order 5512 returned the goods to the warehouse.",
    "Ticket 4410 returned the wrong value.",
    "Query 3 returned no rows.",
    "Job 6 returned an exit code.",
    "Car 4 returned to the depot.",
    "Van 12 came back with a dent.",
    "Bus 14 came back empty.",
    "Flight 212 came back to the gate.",
    "Order 4471 came back with a missing item.",
    "Booking 3310 came back from the supplier with the wrong dates.",
    "Rental 3318 came back with a flat battery.",
    "Contract 88 came back from legal with changes.",
    "Reservation 22 came back unconfirmed.",
    "Booking 4410 returned an error.",
    "Garage 2 returned the car with a new windscreen.",
    "Bay 3 returned the car to the owner.",
    "Workshop 4 returned the bike with new brakes.",
    "Bus 14 left without waiting.",
    "Flight 212 left without the last two passengers.",
    "Payment 4410 went through without a signature.",
    "Barrier 3 opened without scanning.",
    "Gate 4 closed without warning.",
    "Lift 3 stopped without warning.",
    "Tram 12 left without stopping.",
    "Pump 4 ran dry without warning.",
    "Order 5512 shipped without paying the duty.",  # guard
    "Bay 9 keeps flooding.",
    "Table 8 was knocked over.",
    "Room 12 was filmed for the brochure.",
    "Seat 14C was filmed by the crew.",
    "Table 6 was booked for eight.",
    "Pitch 12 was played on all afternoon.",
    "Court 3 played well after the resurfacing.",
    "Pitch 4 played slow all season.",
    "Lane 2 played fast today.",
    "Room 214 plays host to weddings every summer.",
    "Table 3 started life as a church pew.",
    "Row 14 started at the front of the cabin.",
    "Seat 9B started to squeak.",
    "Bay 4 started taking admissions at noon.",
    "Chapter 4 smuggled in a twist.",
    "Episode 3 smuggled a joke past the censors.",
    "Ship 4 smuggled cocaine into the port.",
    "Boat 3 smuggled cigarettes across the channel.",
    "Flight 66 smuggled nothing, the dogs found.",
    "Van 8 smuggled the stock out of the warehouse.",
    "Version 2 sneaked in a new setting.",
    "Update 3 snuck in a bug.",
    "Patch 4 snuck past the review.",
    "Room 306 filmed well for the advert.",
    "Studio 1 played the tape back.",
    "Channel 4 filmed the whole thing.",
    "Station 3 fed the ducks' feeders.",
    "Ward 4 fed the patients at noon.",
    "Pitch 12 hit the headlines.",
    "Room 12 hit the market at a high price.",
    "Seat 4 hit the floor when the bracket gave way.",
    "Account 77310 opened a new branch.",
    "Member 4471 raised the limit on the card.",
    "Pitch 3 is feeding into the drainage ditch.",
    "Row F seat 3 faced the screen.",
    "Table 11 started the quiz.",
]


@pytest.mark.parametrize("text,match", FLAGGED)
def test_flagged(text, match):
    assert locator_matches(text) == [match], text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(text):
    assert locator_matches(text) == [], text
