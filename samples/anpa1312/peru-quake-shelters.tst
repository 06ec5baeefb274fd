w007-----
r i BC-Peru-Quake-Shelters    10-07 0147
^BC-Peru-Quake-Shelters,147<
^Japan, World Bank add $4.5 million for Peru quake shelters<
^By Tomas Reyes=
	   LIMA, Peru (NW) _ Japan and the World Bank pledged a further $4.5 million on Wednesday for tents, blankets and heaters in the quake-hit south of Peru, where more than 200 people are still sleeping in school gyms and churches.
	   The money comes on top of a 150 million soles disaster fund that Congress approved last month, before the quake, to prepare for the rainy season.
	   "The families we met in Cabanaconde lost their houses, their animals and their grain stores in one night," said Akiko Tanabe, the World Bank's country manager for Peru. "They need roofs before the frost comes, not promises.
	   "We will judge ourselves by how many of them are indoors by the end of the month," she added.
	   The earthquake, the strongest in the region in more than two decades, has killed at least 33 people, according to the latest civil defence figures.

	   NW-WF-10-07-26 1530GMT<


