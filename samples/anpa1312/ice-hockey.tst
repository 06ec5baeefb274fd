w048-----
r i BC-Ice-Hockey    10-11 0024
^BC-Ice-Hockey,24<
^Jokerit beat Tappara 4-2 in Finnish league<
	   HELSINKI (BND) _ Jokerit beat Tappara 4-2 on Sunday to move top of the Finnish ice hockey league.
	   Goalkeeper Antti Virtanen made 34 saves.

	   BND-WF-10-11-26 2130GMT<


