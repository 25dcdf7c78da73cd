# The two commands: `make run` and `make test`. The work is in Deploy/dev/*.sh.
.PHONY: run test stop build

run:
	@Deploy/dev/run.sh

test:
	@Deploy/dev/test.sh

stop:
	@Deploy/dev/run.sh stop

build:
	swift build
