package wardgraph

import "testing"

func TestLookupWard(t *testing.T) {
	tests := []struct{ key, code string }{
		{"西区", "27106"}, {"西", "27106"}, {"Nishi", "27106"}, {"nishi", "27106"}, {"NISHI", "27106"},
		{"27106", "27106"}, {"osaka/nishi", "27106"}, {" 大正区 ", "27108"}, {"Higashisumiyoshi", "27121"},
		{"北区", "27127"}, {"西淀川区", "27113"},
		{"", ""}, {"Shibuya", ""}, {"27100", ""},
	}
	for _, tt := range tests {
		w, ok := LookupWard(tt.key)
		if ok != (tt.code != "") || w.Code != tt.code {
			t.Errorf("LookupWard(%q) = %q, %v; want %q", tt.key, w.Code, ok, tt.code)
		}
	}
	if n := len(KnownWards()); n != 24 {
		t.Errorf("%d wards in the registry, want 24", n)
	}
	w, _ := LookupWard("nishi")
	if w.ID != "osaka/nishi" || w.CityCode != "27100" || w.NameRomaji != "Nishi" {
		t.Errorf("nishi = %+v", w)
	}
}

func TestCityAndWards(t *testing.T) {
	tests := []struct {
		name     string
		ward     Ward
		wantCity string
		wantCode string
	}{
		{"Osaka ward", Ward{ID: "osaka/nishi", CityCode: "27100"}, "27100", ""},
		{"city outside the registry", Ward{ID: "x/y", CityCode: "99999"}, "", EINTERNAL},
	}
	for _, tt := range tests {
		m, err := tt.ward.City()
		if m.Code != tt.wantCity || ErrorCode(err) != tt.wantCode {
			t.Errorf("%s: City() = %q, %v; want %q, code %q", tt.name, m.Code, err, tt.wantCity, tt.wantCode)
		}
	}
	osaka, _ := MunicipalityByCode("27100")
	ws := osaka.Wards()
	if len(ws) != 24 || ws[0].Code != "27102" {
		t.Errorf("Osaka's wards: %d, first %+v; want 24 from 27102 (都島区)", len(ws), ws[0])
	}
	if ws := (Municipality{Code: "99999"}).Wards(); ws == nil || len(ws) != 0 {
		t.Errorf("wards of a city outside the registry = %#v, want []", ws)
	}
}
