w006-----
b i BC-Peru-Quake-Aftershock    10-07 0039
^BC-Peru-Quake-Aftershock,39<
^Strong aftershock rattles quake-hit southern Peru<
	   AREQUIPA, Peru (BND) _ A magnitude 5.8 aftershock shook southern Peru late on Tuesday, sending residents who had returned to damaged homes back into the streets.
	   There were no immediate reports of new casualties, the civil defence office said.

	   BND-WF-10-07-26 0420GMT<


