# Eddy's build: one non-recursive Makefile.
#
#   make            build build/eddy (-O2)
#   make test       build everything and run every test suite
#   make debug      the same build with ASan + UBSan, in build/debug
#   make deps       install missing Debian packages (apt-get)
#
# Generated sources (re2c, Bison) go to $(BUILD)/gen and are never committed.

SANITIZE ?=
# The sanitizer build goes to its own folder, a little less optimised.
ifeq ($(SANITIZE),1)
BUILD    ?= build/debug
OPT      ?= -O1 -g
endif
BUILD    ?= build


OPT      ?= -O2 -g
CXXFLAGS += $(OPT) -std=c++20 -Wall -Wextra
CPPFLAGS += -I. -I$(BUILD)/gen -MMD -MP
LDLIBS   += -lgmp -lutf8proc -lnettle -ledit

ifeq ($(SANITIZE),1)
CXXFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS  += -fsanitize=address,undefined
endif

.DEFAULT_GOAL := all
.PHONY: all test debug deps clean unit-tests

# ---------------------------------------------------------------------------
# Dependencies: each tool or header we need, and the Debian package that
# provides it. `make deps` installs what is missing.

DEP_CHECKS := re2c:re2c bison:bison \
  /usr/include/gtest/gtest.h:libgtest-dev /usr/include/gmpxx.h:libgmp-dev \
  /usr/include/uv.h:libuv1-dev /usr/include/histedit.h:libedit-dev \
  /usr/include/utf8proc.h:libutf8proc-dev /usr/include/nettle/sha2.h:nettle-dev g++:g++ \
  /usr/share/unicode/UnicodeData.txt:unicode-data

missing_packages = $(strip $(foreach check,$(DEP_CHECKS),\
  $(if $(or $(wildcard $(firstword $(subst :, ,$(check)))),\
            $(shell command -v $(firstword $(subst :, ,$(check))) 2>/dev/null)),,\
       $(lastword $(subst :, ,$(check))))))

deps:
	@pkgs="$(missing_packages)"; \
	if [ -n "$$pkgs" ]; then \
	  echo "installing: $$pkgs"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$pkgs; \
	fi

# Run `deps` first whenever something is missing, so a fresh machine needs
# nothing by hand.
ifneq ($(missing_packages),)
$(BUILD)/.deps-installed: | deps
endif
$(BUILD)/.deps-installed:
	@mkdir -p $(BUILD) && touch $@

# ---------------------------------------------------------------------------
# Sources

RE2C_SOURCES  := $(wildcard lexer/*.re)
BISON_SOURCES := $(wildcard parser/*.yy)
GEN_CC   := $(RE2C_SOURCES:%.re=$(BUILD)/gen/%.cc) $(BISON_SOURCES:%.yy=$(BUILD)/gen/%.cc)
GEN_HH   := $(BISON_SOURCES:%.yy=$(BUILD)/gen/%.hh)
# The stdlib modules written in Eddy, compiled into the binary as text.
FROZEN_SOURCES := $(sort $(shell find stdlib/lib -name '*.py'))
GEN_CC   += $(BUILD)/gen/stdlib/frozen_sources.cc

LIB_SOURCES := $(wildcard lexer/*.cc parser/*.cc compiler/*.cc vm/*.cc stdlib/*.cc) \
  $(filter-out cli/main.cc,$(wildcard cli/*.cc))
LIB_OBJECTS := $(LIB_SOURCES:%.cc=$(BUILD)/obj/%.o) $(GEN_CC:$(BUILD)/gen/%.cc=$(BUILD)/obj/gen/%.o)

TEST_DIRS    := $(sort $(dir $(wildcard tests/*/*_test.cc)))
TEST_BINARIES := $(foreach d,$(TEST_DIRS),$(BUILD)/tests/$(notdir $(patsubst %/,%,$(d)))_tests)

all: $(BUILD)/eddy

$(BUILD)/gen/%.cc: %.re $(BUILD)/.deps-installed
	@mkdir -p $(dir $@)
	re2c -W --utf8 -o $@ $<

$(BUILD)/gen/%.cc $(BUILD)/gen/%.hh: %.yy $(BUILD)/.deps-installed
	@mkdir -p $(dir $@)
	bison -Wall -o $(BUILD)/gen/$*.cc --defines=$(BUILD)/gen/$*.hh $<

$(BUILD)/gen/stdlib/frozen_sources.cc: stdlib/freeze_sources $(FROZEN_SOURCES)
	@mkdir -p $(dir $@)
	stdlib/freeze_sources $@ $(FROZEN_SOURCES)

# Every object may include the Bison header, so generate it first.
$(BUILD)/obj/%.o: %.cc $(GEN_HH) $(BUILD)/.deps-installed
	@mkdir -p $(dir $@)
	$(CXX) $(CPPFLAGS) $(CXXFLAGS) -c -o $@ $<

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.cc $(GEN_HH)
	@mkdir -p $(dir $@)
	$(CXX) $(CPPFLAGS) $(CXXFLAGS) -c -o $@ $<

$(BUILD)/libeddy.a: $(LIB_OBJECTS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/eddy: $(BUILD)/obj/cli/main.o $(BUILD)/libeddy.a
	$(CXX) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# One GoogleTest binary per tests/<stage>/ folder.
test_objects = $(foreach t,$(wildcard tests/$(1)/*_test.cc),$(BUILD)/obj/$(basename $(t)).o)
.SECONDEXPANSION:
# Test objects and generated sources are intermediate files of pattern
# rules: keep them. (Not a blanket .SECONDARY:, under which a newly added
# source file older than libeddy.a would never be compiled into it.)
.PRECIOUS: $(BUILD)/obj/%.o
.SECONDARY: $(GEN_CC) $(GEN_HH)
$(BUILD)/tests/%_tests: $$(call test_objects,$$*) $(BUILD)/libeddy.a
	@mkdir -p $(dir $@)
	$(CXX) $(LDFLAGS) -o $@ $^ -lgtest -lgtest_main -pthread $(LDLIBS)

unit-tests: $(TEST_BINARIES)

include parser/unicode_names.mk

# ---------------------------------------------------------------------------
# Tests: every GoogleTest binary, then the script suites. tests/run prints
# the closing "N passed, N failed" line.

test: $(BUILD)/eddy $(TEST_BINARIES)
	@BUILD=$(BUILD) SCRIPTS_UNDER_GC_STRESS=$(if $(filter 1,$(SANITIZE)),0,1) tests/run

debug:
	$(MAKE) SANITIZE=1

clean:
	rm -rf build

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
