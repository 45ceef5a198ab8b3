# The Unicode name table behind "\N{NAME}" escapes (parser/unicode_names.cc),
# generated from the Unicode Character Database of Debian's unicode-data
# package. Included by the top-level Makefile.
#
# UNICODE_VERSION is the Unicode version of the CPython that Eddy follows
# (3.11: 14.0); characters the installed database added later are left out.

UNICODE_DATA    ?= /usr/share/unicode
UNICODE_VERSION ?= 14.0

UNICODE_NAME_TABLE := $(BUILD)/gen/parser/unicode_name_table.cc

$(BUILD)/tools/make_unicode_name_table: parser/tools/make_unicode_name_table.cc $(BUILD)/.deps-installed
	@mkdir -p $(dir $@)
	$(CXX) -std=c++20 -O2 -Wall -Wextra -o $@ $<

$(UNICODE_NAME_TABLE): $(BUILD)/tools/make_unicode_name_table $(UNICODE_DATA)/UnicodeData.txt
	@mkdir -p $(dir $@)
	$< $(UNICODE_DATA) $(UNICODE_VERSION) > $@.tmp && mv $@.tmp $@

$(BUILD)/libeddy.a: $(UNICODE_NAME_TABLE:$(BUILD)/gen/%.cc=$(BUILD)/obj/gen/%.o)
