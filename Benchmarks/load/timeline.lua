-- GET of the URL given to wrk, with the token: the home and organisation timelines.
dofile(os.getenv("WARBLE_LOAD_DIR") .. "/common.lua")
