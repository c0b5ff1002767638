"""The locator kind: a seat, room, table, bed, flight, account or ticket number used as a person.

The kind finds each number (with its head word, "room 412", or bare, "17F") and asks the
parse whether it stands for a person. The named checks each answer one way a number can
stand for a person; a rule lists the ones it uses under `checks`.

The modules, from the bottom up (each imports only those above it in this list):

- `lexicon`: the word lists and patterns more than one module reads;
- `registry`: `Mention`, `Person` and the person tests' registry (`person_test`);
- `grammar`: small readings of the parse that the rest share;
- `rewrite`: the rewrite builder's helpers;
- `finders`: the mention finders, which find codes and their spans;
- `vetoes`: what makes a number a place, a thing, a record or a document;
- `senses` and `predicates`: whether what a verb says of a number is what a person does,
  with `thing_senses` and `thing_reports` between them: what a verb says only of a thing or a
  place ('Room 508 lost hot water', 'Table 4 tipped over'), what a numbered thing reports,
  holds, is given or sounds like ('Till 3 says card declined', 'Cabin 5120 sleeps four');
- `lists`: what a list, a note's parallel items or a sibling code lend to a mention;
- the person tests by family: `placed`, `acts`, `addressed`, `described`, `shorthand`,
  `found_and_open`, `clock_times`;
- `kind`: `LocatorKind` itself, which imports the person tests in their registration order;
- `backref`, `listed_they`, `vocative`, `belongings` and `compared`: the readings by a
  pronoun that looks back to the number, by a 'they' that looks back to a list of codes, by
  words said to its holder, by the belongings it owns and by its comparison with the other
  customers, which build on all of the above (`listed_they` on `backref` too);
- `phone_finder` and `phones`: the mention finder of phone numbers and car registrations (a
  rule's `finder = "phones"`), and the reading of such a number as the one who holds it;
- `customer_acts`: the reading of what customers get up to, said of the number as the
  subject ('Pitch 12 has been feeding the ducks', 'Table 8 had started a conga');
- `arrivals`: the reading of customers who arrive, come back or are here, named by their
  record ('Order 7714 turned up at the desk asking where the rest is'), and the veto of a
  record's arrival as a parcel, a message or an entry ('Claim 4472 came back approved');
- `ending`: the reading of customers named by the last digits of their card, account or
  policy, where they are or what they do ('Account ending 4490 in branch again');
- `callers`: the reading of callers and chatters named by their line, queue position or
  session ('Line 7 just hung up after a 20 min wait', 'chat 5521 is typing in capitals');
- `staffed_customers`: the reading of a customer called by the staffed room or post they
  are in, when what is wanted is plainly theirs ('Surgery 3 wants his crown redone');
- `open_acts`: the reading of a customer's dealings with the business, said of a numbered
  head no rule owns ('Folio 5510 disputes the minibar charge', 'Enquiry 4410 has written to
  the ombudsman');
- `memoir`: the reading of stories told of a customer by their number, remembered and then
  said to be someone ('I'll always remember 31B: a retired miner on his first holiday').
- `care_notes`: the reading of care, diet and condition notes that name the person by the
  number ('bed 9 fall at 0215, no injury', 'T7 nut allergy, severe', '12C req wchr').
- `homes`: the mention finder of homes and addresses (a rule's `finder = "homes"`) and the
  reading of a home as its household ('Flat 14B has been on the phone again about the damp').
"""

from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.registry import PERSON_TESTS, Mention, Person, person_test

__all__ = ["PERSON_TESTS", "LocatorKind", "Mention", "Person", "person_test"]

# The readings by back-reference (to one number, then to a list), by address, of owned
# belongings, by comparison with the other customers, by phone number or registration and by
# what customers do, and of care notes, register themselves on import; they are imported
# last, as they build on the rest of the package, and in this order, which is the order their
# tests are tried in.
# isort: off
from custlint.engine.kinds.locator import (  # noqa: F401
    backref,
    listed_they,
    vocative,
    belongings,
    compared,
    phones,
    customer_acts,
    callers,
    arrivals,
    ending,
    staffed_customers,
    open_acts,
    memoir,
    care_notes,
    homes,
)
# isort: on
